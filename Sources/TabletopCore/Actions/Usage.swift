/// Usage lines and examples for `help <verb>` and for error messages, read from the verb table.
public enum Usage {
    /// `isolate <asset>`, `post <channel> "<text>"` …
    public static func line(for verb: Verb) -> String {
        if let usage = verb.entry.usage { return usage }
        switch verb.argument {
        case .none: return verb.spelling
        case .text: return "\(verb.spelling) \"<\(verb.argument.noun)>\""
        case .choice: return "\(verb.spelling) <n>"
        default: return "\(verb.spelling) <\(verb.argument.noun.prefix { $0 != " " })>"
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
}
