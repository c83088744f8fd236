/// One command of the shell's vocabulary: the single declaration the parser, `help`, completion, the
/// scorer and the loaders read. The raw value is the verb's stable id (the spelling with spaces as
/// dashes), which is how actions are written to saved states and logs; the order of the cases is the
/// order `help` lists them. What each verb takes and costs is in `Verb+Table.swift`.
public enum Verb: String, Sendable, Hashable, CaseIterable, Identifiable {
    case ack, page, post, tell, channel, invite, bridge, severity, ic, delegate
    case ask, inspect, logs, sweep, lookup, impact
    case isolate, block, revoke, rotate, disable, shutdown, delete
    case snapshot, preserve, redeploy, clean, fix, test, rollout, monitor
    case docCreate = "doc-create", docNote = "doc-note", docUpdate = "doc-update", ticket, followup
    case notify, briefLeadership = "brief-leadership", statementDraft = "statement-draft"
    case statementReview = "statement-review", statementPublish = "statement-publish"
    case close, postmortemSchedule = "postmortem-schedule", postmortemRun = "postmortem-run"
    case choose, why
    case wait, cancel, status, timeline, who, assets, brief, hint, help, runbook, save, quit

    /// The areas of the vocabulary; every area but `session` records a decision.
    public enum Area: String, Sendable, Hashable, Codable, CaseIterable {
        case triage, investigate, contain, forensics, record, stakeholders, close, decide, session
    }

    /// A stable id: the spelling with spaces as dashes (`doc-create`, `statement-publish`).
    public var id: String { rawValue }

    /// How the trainee types it: `isolate`, `doc create`, `brief leadership`.
    public var spelling: String { Self.spellings[self] ?? rawValue }

    /// Spellings worked out once: the parser and completion ask for them on every line.
    private static let spellings = Dictionary(uniqueKeysWithValues: allCases.map { verb in
        (verb, String(verb.rawValue.map { $0 == "-" ? " " : $0 }))
    })

    /// The area of the vocabulary it belongs to.
    public var area: Area { entry.area }

    /// What its main object names.
    public var argument: ArgumentKind { entry.argument }

    /// Whether the object may be left out.
    public var argumentIsOptional: Bool { argument == .none || entry.optional }

    /// Simulated time the action costs unless a scenario or asset says otherwise; nil when the
    /// argument itself is the cost (`wait`, `monitor`).
    public var defaultCost: SimDuration? { entry.minutes.map { .minutes($0) } }

    /// One line for `help`.
    public var summary: String { entry.summary }

    /// The `--` options the verb takes (`--signal`, `--owner`).
    public var options: [Option] {
        switch self {
        case .channel: [Option(name: "--signal", missingValue: nil)]
        case .followup: [Option(name: "--owner", missingValue: "--owner needs a name, as in followup \"rotate keys\" --owner dana")]
        default: []
        }
    }

    /// A `--` option of a verb.
    public struct Option: Sendable, Hashable {
        /// As typed: `--signal`.
        public let name: String
        /// For an option that takes a value, what to say when it is missing; nil for a flag.
        public let missingValue: String?
    }

    /// Whether using the verb is a decision that goes into the decision log and can be scored.
    public var isDecision: Bool { area != .session }

    /// Verbs that look something up rather than decide: `why` explains the last decision before them.
    public static let lookups: Set<Verb> = [.ask, .lookup, .inspect, .logs]

    /// Whether using the verb costs points (so that no suggestion ever proposes it).
    public var costsPoints: Bool { self == .hint || self == .runbook }

    /// Whether a person can be handed it with `delegate`: hands-on work, not the commander's own calls
    /// (declaring, deciding, speaking for the company, closing).
    public var isDelegable: Bool {
        switch area {
        case .investigate: self != .ask && self != .impact
        case .contain, .forensics: self != .monitor
        case .record: true
        case .triage: [.page, .post, .channel, .invite, .bridge].contains(self)
        case .stakeholders: self == .notify || self == .statementDraft
        case .close, .decide, .session: false
        }
    }

    /// Whether it may be typed for later, `disable kai-account at Fri 10:00`: containment, timed to
    /// the moment the business can take it (an exit meeting, a maintenance window), and publishing.
    public var isSchedulable: Bool { area == .contain || self == .statementPublish }

    /// Other words that mean this verb (`message` for `tell`, `hunt` for `sweep`).
    public var aliases: [String] {
        switch self {
        case .tell: ["message", "dm"]
        case .sweep: ["hunt"]
        case .severity: ["sev"]
        default: []
        }
    }
}

extension Verb: Codable {
    /// Reads a verb id; an id this version does not know (a saved state or file from another
    /// version, or an edited one) is a decoding error that names it, never a crash.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let id = try container.decode(String.self)
        guard let verb = Verb(rawValue: id) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unknown verb '\(id.prefix(40))'; it was written by another version of tabletop or edited by hand")
        }
        self = verb
    }

    /// Writes the verb's id, as every version has.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
