/// One record of a session log: the header, an input, a passage of time, an output, or an audit note.
///
/// A session log is JSON lines. Each line is a `SessionLine`: a sequence number, the SHA-256 of the
/// line before it (so any edit breaks the chain), and the record.
public enum SessionRecord: Sendable, Hashable {
    /// The first line: what was played, with what, by whom.
    case header(SessionHeader)
    /// A line the trainee typed (written and flushed before its outcome is shown).
    case input(SessionInput)
    /// Simulated time the wall clock reached in live mode.
    case advance(SessionAdvance)
    /// A facilitator's command that changes the drill (`inject`, `hold`, `skip`, `advance`, `note`, `override`, `end`).
    case facilitator(SessionInput)
    /// Something the engine said.
    case output(Output)
    /// An audit note: resumed, a changed scenario accepted with --force, a cut-off line dropped.
    case note(SessionNote)

    /// The wall-clock time the record was written (ISO 8601), for the records that carry one.
    public var wall: String? {
        switch self {
        case .input(let input), .facilitator(let input): input.wall
        case .advance(let advance): advance.wall
        case .note(let note): note.wall
        case .header, .output: nil
        }
    }
}

/// What a session plays and how.
public struct SessionHeader: Sendable, Hashable, Codable {
    /// The session log's own format version.
    public static let currentFormat = 1

    /// The session log format version.
    public var format: Int
    /// The tool and its version (`tabletop 0.1.0`).
    public var tool: String
    /// The session id (also the file name).
    public var session: String
    /// The scenario id.
    public var scenario: String
    /// Where the scenario file was.
    public var scenarioPath: String
    /// SHA-256 of the scenario file's bytes.
    public var scenarioHash: String
    /// SHA-256 of the runbook file's bytes.
    public var runbookHash: String
    /// The engine's seed, mode and players.
    public var configuration: EngineConfiguration
    /// The trainee's name, when given.
    public var trainee: String?
    /// Wall-clock start, ISO 8601.
    public var started: String
    /// The value the seed picked for each of the scenario's variables, in file order; absent (nil) in
    /// sessions of scenarios without variables and in logs written before variants existed.
    public var variants: [VariantPick]?

    /// Creates a header.
    public init(tool: String, session: String, scenario: String, scenarioPath: String, scenarioHash: String,
                runbookHash: String, configuration: EngineConfiguration, trainee: String?, started: String,
                variants: [VariantPick]? = nil) {
        format = Self.currentFormat
        self.tool = tool
        self.session = session
        self.scenario = scenario
        self.scenarioPath = scenarioPath
        self.scenarioHash = scenarioHash
        self.runbookHash = runbookHash
        self.configuration = configuration
        self.trainee = trainee
        self.started = started
        self.variants = variants
    }
}

/// A typed line, with when it was typed.
public struct SessionInput: Sendable, Hashable, Codable {
    /// Simulated time when it was typed.
    public var at: SimDuration
    /// Wall-clock time, ISO 8601.
    public var wall: String
    /// The line as typed.
    public var text: String

    /// Creates an input record.
    public init(at: SimDuration, wall: String, text: String) {
        self.at = at
        self.wall = wall
        self.text = text
    }
}

/// Live mode: the simulated clock was moved on by the wall clock.
public struct SessionAdvance: Sendable, Hashable, Codable {
    /// The simulated time reached.
    public var to: SimDuration
    /// Wall-clock time, ISO 8601.
    public var wall: String

    /// Creates an advance record.
    public init(to: SimDuration, wall: String) {
        self.to = to
        self.wall = wall
    }
}

/// An audit note in the log.
public struct SessionNote: Sendable, Hashable, Codable {
    /// What happened (`resumed`, `forced`, `truncated`, `quit`).
    public var kind: String
    /// Details in words.
    public var text: String
    /// Wall-clock time, ISO 8601.
    public var wall: String

    /// Creates a note.
    public init(kind: String, text: String, wall: String) {
        self.kind = kind
        self.text = text
        self.wall = wall
    }
}
