extension Verb {
    /// What one verb takes, costs and says about itself in `help`.
    struct Entry {
        let area: Area
        let argument: ArgumentKind
        /// The default cost in simulated minutes; nil when the argument is the cost.
        let minutes: Int?
        let summary: String
        /// Whether an object may be left out even though the verb takes one.
        var optional = false
        /// The usage line, when the one made from the argument kind is not precise enough.
        var usage: String?
        /// The worked example, when the one made from the argument kind does not fit.
        var example: String?
    }

    /// The vocabulary table: one entry per verb, and the compiler sees that none is missing.
    var entry: Entry {
        switch self {
        case .ack: Entry(area: .triage, argument: .none, minutes: 1, summary: "acknowledge the report and take it on")
        case .page: Entry(area: .triage, argument: .person, minutes: 5, summary: "page a person or team on call")
        case .post: Entry(area: .triage, argument: .channel, minutes: 2, summary: "post a message in a channel: post #channel \"text\"",
                          usage: "post <channel> \"<text>\"", example: "post #incident-private-acme \"moving here\"")
        case .tell: Entry(area: .triage, argument: .person, minutes: 2, summary: "send one person a direct message, which they then know: tell <person> \"…\" (or message)",
                          usage: "tell <person> \"<text>\"", example: "tell hannah \"exfiltration is confirmed\"")
        case .channel: Entry(area: .triage, argument: .channel, minutes: 3, summary: "open a channel; --signal for an out-of-band group",
                             optional: true, usage: "channel <name> [--signal]", example: "channel #incident-private-acme")
        case .invite: Entry(area: .triage, argument: .person, minutes: 2, summary: "invite a person into a channel", usage: "invite <person> [channel]")
        case .bridge: Entry(area: .triage, argument: .none, minutes: 3, summary: "open an incident bridge (a call) and post its link")
        case .severity: Entry(area: .triage, argument: .severity, minutes: 1, summary: "declare the incident level: severity sev2 \"reason\"",
                              usage: "severity <sev1..sev4> [\"reason\"]")
        case .ic: Entry(area: .triage, argument: .person, minutes: 2, summary: "name the incident commander (a person, or me)",
                        optional: true, usage: "ic <person|me>")
        case .delegate: Entry(area: .triage, argument: .person, minutes: 2,
                              summary: "hand a person a task; it runs on their time and they report back: delegate marco logs audit-logs",
                              usage: "delegate <person> <command…>", example: "delegate marco logs audit-logs")
        case .ask: Entry(area: .investigate, argument: .person, minutes: 10, summary: "ask a person about a topic: ask dana logs",
                         optional: true, usage: "ask <person> <topic…>", example: "ask dana logs")
        case .inspect: Entry(area: .investigate, argument: .asset, minutes: 15, summary: "examine an asset's state")
        case .logs: Entry(area: .investigate, argument: .asset, minutes: 20, summary: "pull an asset's logs")
        case .sweep: Entry(area: .investigate, argument: .text, minutes: 30, summary: "examine every asset of a group (a fleet) at once: sweep web-fleet (or hunt)",
                           optional: true, usage: "sweep [group]", example: "sweep web-fleet")
        case .lookup: Entry(area: .investigate, argument: .person, minutes: 5, summary: "find who someone is and how to reach them", usage: "lookup <name>")
        case .impact: Entry(area: .investigate, argument: .text, minutes: 10, summary: "state the worst case: impact \"summary\"",
                             example: "impact \"customer records copied, EU personal data among them\"")
        case .isolate: Entry(area: .contain, argument: .asset, minutes: 10, summary: "cut an asset off the network, keeping it intact")
        case .block: Entry(area: .contain, argument: .indicator, minutes: 10, summary: "block an indicator (IP, domain, hash)")
        case .revoke: Entry(area: .contain, argument: .asset, minutes: 5, summary: "revoke a credential or session")
        case .rotate: Entry(area: .contain, argument: .asset, minutes: 15, summary: "replace a credential with a new one")
        case .disable: Entry(area: .contain, argument: .asset, minutes: 5,
                             summary: "disable an account or service, now or at a time: disable kai-account at Fri 10:00")
        case .shutdown: Entry(area: .contain, argument: .asset, minutes: 10, summary: "power off an asset")
        case .delete: Entry(area: .contain, argument: .asset, minutes: 5, summary: "delete an asset")
        case .snapshot: Entry(area: .forensics, argument: .asset, minutes: 30, summary: "take a forensic snapshot of an asset")
        case .preserve: Entry(area: .forensics, argument: .asset, minutes: 20, summary: "preserve evidence under chain of custody")
        case .redeploy: Entry(area: .forensics, argument: .asset, minutes: 60, summary: "replace an asset with a known-clean build")
        case .clean: Entry(area: .forensics, argument: .asset, minutes: 60, summary: "try to clean an asset in place")
        case .fix: Entry(area: .forensics, argument: .text, minutes: 120, summary: "develop a fix or mitigation: fix \"what\"",
                          example: "fix \"what you change so it cannot happen again, in your words\"")
        case .test: Entry(area: .forensics, argument: .none, minutes: 60, summary: "test the fix and try to bypass it")
        case .rollout: Entry(area: .forensics, argument: .none, minutes: 60, summary: "roll the fix out to production")
        case .monitor: Entry(area: .forensics, argument: .duration, minutes: nil, summary: "watch production closely for a while: monitor 2h")
        case .docCreate: Entry(area: .record, argument: .none, minutes: 10, summary: "create the incident working document")
        case .docNote: Entry(area: .record, argument: .text, minutes: 2, summary: "add a note to the working document",
                              example: "doc note \"access logs requested from the cloud provider\"")
        case .docUpdate: Entry(area: .record, argument: .section, minutes: 10, summary: "update a section: doc update root-cause \"text\"",
                               usage: "doc update <section> \"<text>\"")
        case .ticket: Entry(area: .record, argument: .none, minutes: 5, summary: "file the restricted incident ticket")
        case .followup: Entry(area: .record, argument: .text, minutes: 5, summary: "file a follow-up action item: followup \"text\" --owner X",
                              usage: "followup \"<text>\" [--owner <name>]", example: "followup \"move CI to short-lived credentials\" --owner lena")
        case .notify: Entry(area: .stakeholders, argument: .audience, minutes: 5,
                            summary: "loop in legal, pr, hr, leadership, law-enforcement, regulator or customers")
        case .briefLeadership: Entry(area: .stakeholders, argument: .none, minutes: 15, summary: "brief the executives")
        case .statementDraft: Entry(area: .stakeholders, argument: .text, minutes: 20, summary: "draft a public statement",
                                    example: "statement draft \"We found unauthorised access to customer data and have stopped it.\"")
        case .statementReview: Entry(area: .stakeholders, argument: .person, minutes: 15,
                                     summary: "have legal or comms review the draft before it is published: statement review <person>",
                                     usage: "statement review <person>")
        case .statementPublish: Entry(area: .stakeholders, argument: .none, minutes: 5,
                                      summary: "publish the drafted statement, now or at a local time: statement publish at 17:30",
                                      usage: "statement publish [at <time>]")
        case .close: Entry(area: .close, argument: .none, minutes: 5, summary: "close the incident (warned while a way in is still open)")
        case .postmortemSchedule: Entry(area: .close, argument: .text, minutes: 5, summary: "schedule the postmortem: postmortem schedule tomorrow",
                                        optional: true, usage: "postmortem schedule <when>", example: "postmortem schedule tomorrow")
        case .postmortemRun: Entry(area: .close, argument: .none, minutes: 90, summary: "hold the postmortem (in most scenarios this ends the drill: close first; warned when not closed)")
        case .choose: Entry(area: .decide, argument: .choice, minutes: 1, summary: "pick an option at a decision point: choose 2, or choose \"words of it\"")
        case .why: Entry(area: .decide, argument: .text, minutes: 0, summary: "attach a rationale to your last decision",
                          example: "why \"image first: the memory holds what the disk does not\"")
        case .wait: Entry(area: .session, argument: .duration, minutes: nil,
                          summary: "let simulated time pass: wait 30m, or wait until 18:00 (Fri 10:00); stops early at a new message or question",
                          usage: "wait <duration> | wait until <time>")
        case .cancel: Entry(area: .session, argument: .text, minutes: 0, summary: "call off an action scheduled for later (status lists them): cancel 1",
                            optional: true, usage: "cancel [<n>]", example: "cancel 1")
        case .status: Entry(area: .session, argument: .none, minutes: 0, summary: "time, severity, channels, people involved, open clocks, scheduled actions")
        case .timeline: Entry(area: .session, argument: .none, minutes: 0, summary: "what happened so far")
        case .who: Entry(area: .session, argument: .none, minutes: 0, summary: "the people you know of")
        case .assets: Entry(area: .session, argument: .none, minutes: 0, summary: "the assets you know of")
        case .brief: Entry(area: .session, argument: .none, minutes: 0, summary: "show the briefing again (to brief the executives: brief leadership)")
        case .hint: Entry(area: .session, argument: .none, minutes: 0, summary: "a hint (practice mode only; costs points)")
        case .help: Entry(area: .session, argument: .topic, minutes: 0, summary: "list commands, or explain one: help isolate",
                          optional: true, usage: "help [command]")
        case .runbook: Entry(area: .session, argument: .none, minutes: 0, summary: "show the runbook (practice mode only; costs points)")
        case .save: Entry(area: .session, argument: .none, minutes: 0, summary: "make sure everything is written")
        case .quit: Entry(area: .session, argument: .none, minutes: 0, summary: "save and leave")
        }
    }
}
