import Foundation

/// The shell's whole vocabulary, in the order `help` lists it.
public enum Vocabulary {
    /// Every verb the shell understands.
    public static let verbs: [Verb] = [
        verb("ack", .triage, .none, 1, "acknowledge the report and take it on"),
        verb("page", .triage, .person, 5, "page a person or team on call"),
        verb("post", .triage, .channel, 2, "post a message in a channel: post #channel \"text\""),
        verb("channel", .triage, .channel, 3, "open a channel; --signal for an out-of-band group"),
        verb("invite", .triage, .person, 2, "invite a person into a channel"),
        verb("bridge", .triage, .none, 3, "open an incident bridge (a call) and post its link"),
        verb("severity", .triage, .severity, 1, "declare the incident level: severity sev2 \"reason\""),
        verb("ic", .triage, .person, 2, "name the incident commander (a person, or me)"),
        verb("ask", .investigate, .person, 10, "ask a person about a topic: ask dana logs"),
        verb("inspect", .investigate, .asset, 15, "examine an asset's state"),
        verb("logs", .investigate, .asset, 20, "pull an asset's logs"),
        verb("lookup", .investigate, .person, 5, "find who someone is and how to reach them"),
        verb("impact", .investigate, .text, 10, "state the worst case: impact \"summary\""),
        verb("isolate", .contain, .asset, 10, "cut an asset off the network, keeping it intact"),
        verb("block", .contain, .indicator, 10, "block an indicator (IP, domain, hash)"),
        verb("revoke", .contain, .asset, 5, "revoke a credential or session"),
        verb("rotate", .contain, .asset, 15, "replace a credential with a new one"),
        verb("disable", .contain, .asset, 5, "disable an account or service"),
        verb("shutdown", .contain, .asset, 10, "power off an asset"),
        verb("delete", .contain, .asset, 5, "delete an asset"),
        verb("snapshot", .forensics, .asset, 30, "take a forensic snapshot of an asset"),
        verb("preserve", .forensics, .asset, 20, "preserve evidence under chain of custody"),
        verb("redeploy", .forensics, .asset, 60, "replace an asset with a known-clean build"),
        verb("clean", .forensics, .asset, 60, "try to clean an asset in place"),
        verb("fix", .forensics, .text, 120, "develop a fix or mitigation: fix \"what\""),
        verb("test", .forensics, .none, 60, "test the fix and try to bypass it"),
        verb("rollout", .forensics, .none, 60, "roll the fix out to production"),
        verb("monitor", .forensics, .duration, nil, "watch production closely for a while: monitor 2h"),
        verb("doc create", .record, .none, 10, "create the incident working document"),
        verb("doc note", .record, .text, 2, "add a note to the working document"),
        verb("doc update", .record, .section, 10, "update a section: doc update root-cause \"text\""),
        verb("ticket", .record, .none, 5, "file the restricted incident ticket"),
        verb("followup", .record, .text, 5, "file a follow-up action item: followup \"text\" --owner X"),
        verb("notify", .stakeholders, .audience, 5, "loop in legal, pr, hr, leadership, law-enforcement, regulator or customers"),
        verb("brief leadership", .stakeholders, .none, 15, "brief the executives"),
        verb("statement draft", .stakeholders, .text, 20, "draft a public statement"),
        verb("statement publish", .stakeholders, .none, 5, "publish the drafted statement"),
        verb("close", .close, .none, 5, "close the incident"),
        verb("postmortem schedule", .close, .text, 5, "schedule the postmortem: postmortem schedule tomorrow"),
        verb("postmortem run", .close, .none, 90, "hold the postmortem"),
        verb("choose", .decide, .choice, 1, "pick an option at a decision point: choose 2, or choose \"words of it\""),
        verb("why", .decide, .text, 0, "attach a rationale to your last decision"),
        verb("wait", .session, .duration, nil, "let simulated time pass: wait 30m"),
        verb("status", .session, .none, 0, "time, severity, channels, people involved, open clocks"),
        verb("timeline", .session, .none, 0, "what happened so far"),
        verb("who", .session, .none, 0, "the people you know of"),
        verb("assets", .session, .none, 0, "the assets you know of"),
        verb("brief", .session, .none, 0, "show the briefing again"),
        verb("hint", .session, .none, 0, "a hint (practice mode only; costs points)"),
        verb("help", .session, .topic, 0, "list commands, or explain one: help isolate"),
        verb("runbook", .session, .none, 0, "show the runbook (practice mode only; costs points)"),
        verb("save", .session, .none, 0, "make sure everything is written"),
        verb("quit", .session, .none, 0, "save and leave"),
    ]

    /// Verbs whose object may be left out.
    private static let optionalArgument: Set<String> = ["ic", "help", "postmortem schedule", "channel", "ask"]

    private static func verb(_ spelling: String, _ area: Verb.Area, _ argument: ArgumentKind, _ minutes: Int?, _ summary: String) -> Verb {
        Verb(
            id: spelling.replacingOccurrences(of: " ", with: "-"),
            spelling: spelling,
            area: area,
            argument: argument,
            argumentIsOptional: argument == .none || optionalArgument.contains(spelling),
            defaultCost: minutes.map { .minutes($0) },
            summary: summary
        )
    }

    /// Verbs by id and by spelling, for look-ups on the engine's hot path (never iterated for output).
    private static let byName: [String: Verb] = {
        var table: [String: Verb] = [:]
        for verb in verbs {
            table[verb.id] = verb
            table[verb.spelling] = verb
        }
        return table
    }()

    /// The verb with this id (`doc-create`) or spelling (`doc create`).
    public static func verb(named name: String) -> Verb? {
        byName[name]
    }

    /// Every spelling, for suggestions and completion.
    public static var spellings: [String] { verbs.map(\.spelling) }

    /// Splits `words` into the longest verb spelling they start with and the remaining words.
    public static func match(_ words: [Substring]) -> (verb: Verb, rest: ArraySlice<Substring>)? {
        for length in stride(from: min(2, words.count), through: 1, by: -1) {
            let spelling = words[0..<length].joined(separator: " ")
            if let verb = byName[spelling], verb.spelling == spelling {
                return (verb, words[length...])
            }
        }
        return nil
    }
}
