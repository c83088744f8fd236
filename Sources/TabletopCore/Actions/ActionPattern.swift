/// A pattern over trainee actions: a verb and, optionally, the object it must be applied to.
///
/// Written as the trainee would type it: `isolate web-03`, `notify legal`, `doc create`,
/// `isolate *` (or just `isolate`) for any object, `channel --signal` for an out-of-band group.
public struct ActionPattern: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The verb (written as its id: `isolate`, `doc-create`).
    public var verb: Verb
    /// The object the action must name; nil matches any object.
    public var object: String?
    /// With `--signal`: only out-of-band channels match.
    public var outOfBand: Bool?

    /// Creates a pattern.
    public init(verb: Verb, object: String? = nil, outOfBand: Bool? = nil) {
        self.verb = verb
        self.object = object
        self.outOfBand = outOfBand
    }

    /// Whether an action with this verb id and object matches the pattern.
    public func matches(verb actionVerb: Verb, object actionObject: String?) -> Bool {
        verb == actionVerb && (object == nil || object == actionObject)
    }

    /// Whether the action matches the pattern, flags included.
    public func matches(_ action: Action) -> Bool {
        matches(verb: action.verb, object: action.object) && (outOfBand == nil || outOfBand == action.outOfBand)
    }

    /// The pattern as it is written in files.
    public var description: String {
        let spelling = verb.spelling
        let base = object.map { "\(spelling) \($0)" } ?? spelling
        return outOfBand == true ? base + " --signal" : base
    }

    /// Why a pattern could not be read.
    public struct ParseError: Error, Sendable, Equatable {
        /// Offset of the problem in Unicode scalars from the start of the text.
        public var offset: Int
        /// What is wrong.
        public var message: String
    }

    /// Reads `verb [object]`; the object is one word, or `*` for any.
    public static func parse(_ text: String) -> Result<ActionPattern, ParseError> {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        let signal = words.contains("--signal")
        words.removeAll { $0 == "--signal" }
        guard let first = words.first else {
            return .failure(ParseError(offset: 0, message: "expected an action such as 'isolate web-03'"))
        }
        guard let (verb, rest) = Vocabulary.match(words) else {
            let word = String(first)
            return .failure(ParseError(
                offset: text.scalarOffset(of: first),
                message: "unknown verb '\(word)'\(Suggestion.didYouMean(word, among: Vocabulary.spellings))"))
        }
        guard rest.count <= 1 else {
            let extra = rest[rest.startIndex + 1]
            return .failure(ParseError(
                offset: text.scalarOffset(of: extra),
                message: "an action pattern names a verb and at most one object; '\(extra)' is extra"))
        }
        // A quoted object ("#incident" must be quoted in YAML, where ' #' starts a comment) counts as the word.
        let object = rest.first.map { word in
            word.count >= 2 && (word.first == "\"" && word.last == "\"" || word.first == "'" && word.last == "'")
                ? String(word.dropFirst().dropLast()) : String(word)
        }
        if signal, !verb.options.contains(where: { $0.name == "--signal" }) {
            return .failure(ParseError(offset: 0, message: "only 'channel' takes --signal"))
        }
        return .success(ActionPattern(verb: verb, object: object == "*" ? nil : object, outOfBand: signal ? true : nil))
    }
}
