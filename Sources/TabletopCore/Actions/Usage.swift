/// Usage lines and examples for `help <verb>` and for error messages, read from the verb table.
public enum Usage {
    /// `isolate <asset>`, `post <channel> "<text>"` …
    public static func line(for verb: Verb) -> String {
        if let usage = verb.entry.usage { return usage }
        switch verb.argument {
        case .none: return verb.spelling
        case .text: return "\(verb.spelling) \"<\(verb.argument.noun)>\""
        case .choice: return "\(verb.spelling) <n> | \(verb.spelling) \"words of the option\""
        default: return "\(verb.spelling) <\(verb.argument.noun.prefix { $0 != " " })>" + (verb.isSchedulable ? " [at <time>]" : "")
        }
    }

    /// A worked example for `help <verb>`.
    public static func example(for verb: Verb) -> String {
        if let example = verb.entry.example { return example }
        switch verb.argument {
        case .none: return verb.spelling
        case .person: return "\(verb.spelling) dana"
        case .asset: return "\(verb.spelling) web-03"
        case .channel: return "channel #incident-private-acme"
        case .severity: return "severity sev2 \"customer data may be exposed\""
        case .audience: return "notify legal"
        case .indicator: return "block 203.0.113.7"
        case .section: return "doc update root-cause \"leaked CI key\""
        case .duration: return "\(verb.spelling) 30m"
        case .text: return "\(verb.spelling) \"…\""
        case .choice: return "choose 2"
        case .topic: return "help isolate"
        }
    }

    /// What the verb costs by default, in words: `about 10m of simulated time`, `no time`.
    public static func cost(of verb: Verb) -> String {
        verb.defaultCost.map { $0 == .zero ? "no time" : "about \($0) of simulated time" } ?? "the time you name"
    }

    /// The vocabulary as Markdown, for `Docs/vocabulary.md`: every verb of the table, by area.
    public static func reference() -> String {
        func cell(_ text: String) -> String { text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
        var lines = ["# The shell's vocabulary", "",
                     "Generated from the verb table (`Sources/TabletopCore/Actions/Verb+Table.swift`); a test keeps it in step.",
                     "Scenario and runbook files name these verbs as they are typed (`doc create`); session logs and saved",
                     "states write their ids (`doc-create`).", ""]
        for area in Verb.Area.allCases {
            lines += ["## \(area.rawValue)", "", "| command | what it does | example | costs |", "|---|---|---|---|"]
            for verb in Verb.allCases where verb.area == area {
                lines.append("| `\(cell(line(for: verb)))` | \(cell(verb.summary)) | `\(cell(example(for: verb)))` | \(cost(of: verb)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
