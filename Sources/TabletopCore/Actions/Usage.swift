/// Usage lines and examples for `help <verb>` and for error messages.
public enum Usage {
    /// `isolate <asset>`, `post <channel> "<text>"` …
    public static func line(for verb: Verb) -> String {
        switch verb.id {
        case "post": "post <channel> \"<text>\""
        case "channel": "channel <name> [--signal]"
        case "invite": "invite <person> [channel]"
        case "severity": "severity <sev1..sev4> [\"reason\"]"
        case "ic": "ic <person|me>"
        case "ask": "ask <person> <topic…>"
        case "lookup": "lookup <name>"
        case "doc-update": "doc update <section> \"<text>\""
        case "followup": "followup \"<text>\" [--owner <name>]"
        case "postmortem-schedule": "postmortem schedule <when>"
        case "help": "help [command]"
        default:
            switch verb.argument {
            case .none: verb.spelling
            case .text: "\(verb.spelling) \"<\(verb.argument.noun)>\""
            case .choice: "\(verb.spelling) <n> | \(verb.spelling) \"words of the option\""
            default: "\(verb.spelling) <\(verb.argument.noun.split(separator: " ").first!)>"
            }
        }
    }

    /// A worked example for `help <verb>`.
    public static func example(for verb: Verb) -> String {
        switch verb.argument {
        case .none: verb.spelling
        case .person: verb.id == "ask" ? "ask dana logs" : "\(verb.spelling) dana"
        case .asset: "\(verb.spelling) web-03"
        case .channel: verb.id == "post" ? "post #incident-private-acme \"moving here\"" : "channel #incident-private-acme"
        case .severity: "severity sev2 \"customer data may be exposed\""
        case .audience: "notify legal"
        case .indicator: "block 203.0.113.7"
        case .section: "doc update root-cause \"leaked CI key\""
        case .duration: "\(verb.spelling) 30m"
        case .text: "\(verb.spelling) \"…\""
        case .choice: "choose 2"
        case .topic: "help isolate"
        }
    }
}
