/// A performance measure of a runbook step in one scenario (HSEEP's critical task): a condition over
/// the world that holds once that part of the step is really done, whatever was typed to get there.
public struct Criterion: Sendable, Hashable, Codable {
    /// What it checks, in words, for the debrief (`the backup key no longer works`).
    public var name: String
    /// When it is met.
    public var when: Condition
}

/// What a step's free text (an impact statement, a fix, a root cause, a public statement) must say
/// and must not claim, read deterministically: the same text always scores the same.
public struct Rubric: Sendable, Hashable, Codable {
    /// Ideas the text should carry; each is met when any of its phrases appears.
    public var concepts: [RubricConcept]
    /// Claims the text must not make.
    public var forbidden: [RubricConcept]

    /// Whether the rubric asks for nothing.
    public var isEmpty: Bool { concepts.isEmpty && forbidden.isEmpty }

    /// What `text` carries of the rubric. `negatable`: a fix's text, in which an idea said as not done ("do not patch anything
    /// yet") is not carried; elsewhere an absence is the finding ("exports need no approval" in a root cause).
    public func read(_ text: String, negatable: Bool = false) -> RubricReading {
        let words = RubricWords(RubricConcept.words(of: text))
        // A list of terms says nothing about what happened: it carries no concept, whatever it names.
        if RubricConcept.isWordList(text) {
            return RubricReading(hit: [], missed: concepts.map(\.name), claims: claims(in: words), wordList: true)
        }
        // Each concept is looked for once: the hits and misses are the two sides of one reading.
        let found = concepts.map { (name: $0.name, appears: $0.appears(in: words, negatable: negatable)) }
        return RubricReading(hit: found.filter { $0.appears }.map { $0.name }, missed: found.filter { !$0.appears }.map { $0.name },
                             claims: claims(in: words))
    }
}

extension Rubric {
    /// The forbidden claims a text makes, each with the words that make it (`that it was another kind of
    /// incident ('ransomware')`), so that the debrief says what in the text was taken for the claim.
    func claims(in words: RubricWords) -> [String] {
        forbidden.compactMap { concept in concept.claim(in: words).map { "\(concept.name) ('\($0)')" } }
    }
}

/// One idea of a rubric and the phrases that express it.
public struct RubricConcept: Sendable, Hashable, Codable {
    /// The idea in words (`how many records`).
    public var name: String
    /// Phrases, matched on whole words regardless of case; a word ending in `*` matches any word it starts
    /// (`exfiltrat*`).
    public var phrases: [String]
    /// What the tester does that gets through a fix whose text lacks the idea, in their words ("I read customer-exports with
    /// the CI role: it still can"); nil for none, and for a claim.
    public var probe: String? = nil

    /// Whether any phrase appears, word for word, in `text`. A phrase whose first word is whole is
    /// looked for only where that word occurs (scanning every position of a scenario's whole text for
    /// every phrase was most of the cost of loading it and of judging a decision, issue 21).
    /// `negatable`: an occurrence said as what is not done ("do not patch anything yet", "leave the instance role as it is",
    /// "keep static keys, no OIDC") carries nothing (the attack on this stop's fixes: each was credited as covered).
    func appears(in text: RubricWords, negatable: Bool = false) -> Bool {
        phrases.contains { phrase in
            let pattern = Self.words(of: phrase)
            guard let first = pattern.first, pattern.count <= text.words.count else { return false }
            let last = text.words.count - pattern.count
            let selfNegating = Self.denials.contains(first)
            let matches = { (start: Int) in
                pattern.indices.allSatisfy { offset in
                    let word = text.words[start + offset], wanted = pattern[offset]
                    return wanted.hasSuffix("*") ? word.hasPrefix(wanted.dropLast()) : word == wanted
                } && !(negatable && !selfNegating && text.words[max(0, start - 3)..<start].contains(where: Self.negations.contains))
            }
            if first.hasSuffix("*") { return (0...last).contains(where: matches) }
            return (text.positions[first] ?? []).contains { $0 <= last && matches($0) }
        }
    }

    /// The words by which the text asserts a phrase, if it does: an occurrence just after a negation or a
    /// hedge ("not an insider", "a possible phishing wave") or just before a word of risk ("phishing risk to
    /// consignees") says what it was not, or what may follow, and is no claim (blind29, blind30: an accurate
    /// impact statement naming the phishing risk to the people in the data lost points for calling it
    /// "another kind of incident"). A phrase that is itself a denial (`nothing was taken`) is always one.
    func claim(in text: RubricWords) -> String? {
        for phrase in phrases {
            let pattern = Self.words(of: phrase)
            guard !pattern.isEmpty, pattern.count <= text.words.count else { continue }
            let denial = pattern.contains(where: Self.denials.contains)
            for start in 0...(text.words.count - pattern.count) {
                let matches = pattern.indices.allSatisfy { offset in
                    let word = text.words[start + offset], wanted = pattern[offset]
                    return wanted.hasSuffix("*") ? word.hasPrefix(wanted.dropLast()) : word == wanted
                }
                if matches, denial || !Self.isHedged(text.words, start: start, length: pattern.count) {
                    return text.words[start..<(start + pattern.count)].joined(separator: " ")
                }
            }
        }
        return nil
    }

    /// Words that, up to three words before a phrase, say it is not done.
    static let negations: Set<String> = ["not", "don't", "dont", "never", "without", "nor", "no", "leave", "skip"]

    /// Words that make a phrase a denial in itself.
    static let denials: Set<String> = ["not", "no", "nothing", "never", "none"]
    /// Words that, up to three words before a phrase, say it is not so or only may be.
    static let hedgesBefore: Set<String> = ["not", "no", "never", "nor", "without", "unlike", "ruled", "than", "instead",
                                            "risk", "risks", "potential", "possible", "possibly", "could", "may", "might", "whether",
                                            // "warn them against phishing" is advice to the people affected (blind45).
                                            "against", "beware", "warn", "warns", "warning"]
    /// Words that, right after a phrase, make it a risk or advice rather than what happened ("with phishing
    /// advice" in a notice to the people affected is no claim that the breach was phishing, blind45).
    static let hedgesAfter: Set<String> = ["risk", "risks", "threat", "threats", "advice", "guidance", "warning", "warnings", "awareness",
                                           "training", "tips", "attempts", "scams"]

    /// Words that, up to a dozen words before a phrase, make what follows a supposition: "worst case: the
    /// data is sold and used for phishing against the consignees" names harm that may come (blind46).
    static let suppositionsBefore: Set<String> = ["if", "would", "worst"]

    static func isHedged(_ words: [String], start: Int, length: Int) -> Bool {
        if words[max(0, start - 3)..<start].contains(where: hedgesBefore.contains) { return true }
        // "… and can use them for targeted phishing" names a use the data may be put to, not what happened (blind58:
        // a worst-case impact lost five points as a claim of phishing); "fell for phishing" and "used phishing" still claim.
        if words[max(0, start - 2)..<start].contains("for"),
           words[max(0, start - 6)..<start].contains(where: { ["use", "used", "using", "uses", "misuse", "exploit"].contains($0) }) { return true }
        if words[max(0, start - 12)..<start].contains(where: suppositionsBefore.contains) { return true }
        // "Those people may now be targeted with phishing": a harm that may come, the modal five words back (blind94 #52).
        if words[max(0, start - 6)..<start].contains(where: ["may", "might", "could"].contains) { return true }
        // "… exposing the retailers' customers to phishing and fraud": what the people in the data are exposed to (blind107 #134).
        // With up to two words describing it between ("exposed to targeted phishing", blind120 #67: five points and the S rating).
        if let to = (max(0, start - 3)..<start).last(where: { words[$0] == "to" }), to >= 1,
           !words[(to + 1)..<start].contains(where: ["who", "which", "that", "and", "or", "by", "with", "a", "an", "the", "this"].contains),
           words[max(0, to - 5)..<to].contains(where: { $0.hasPrefix("expos") || ["open", "vulnerable", "susceptible", "prone"].contains($0) }) {
            return true
        }
        // "… the consignees face targeted phishing and delivery-fee scams": what they face from now on (blind134 #125: -5 and the M
        // rating for an accurate impact).
        if let face = (max(0, start - 3)..<start).last(where: { ["face", "faces", "facing"].contains(words[$0]) }),
           !words[(face + 1)..<start].contains(where: ["who", "which", "that", "and", "or", "by", "with", "a", "an", "the", "this"].contains) {
            return true
        }
        // "Worst case:" governs its whole sentence, however long its list of harms (blind65: "phishing" sixteen words on).
        let window = max(0, start - 30)..<start
        if window.contains(where: { words[$0] == "worst" && $0 + 1 < words.count && words[$0 + 1] == "case" }) { return true }
        return start + length < words.count && hedgesAfter.contains(words[start + length])
    }

    /// Lower-case words: letters, digits, `*`, and `.`/`,` between digits (`2.1`, `2,100`), so that
    /// punctuation at the end of a sentence does not hide a word.
    static func words(of text: String) -> [String] {
        wordsMemo.value(text, compute: computeWords)
    }

    /// Words of texts and phrases seen in this process: a rubric's phrases were split again for every
    /// text read against them, on every decision the engine judged (issue 21; see `TextMemo`).
    private static let wordsMemo = TextMemo<String, [String]>(limit: 50_000)

    private static func computeWords(_ text: String) -> [String] {
        asciiWords(text) ?? characterWords(text)
    }

    /// `words(of:)` character by character, for any text.
    static func characterWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text.lowercased())
        for (index, character) in characters.enumerated() {
            let betweenDigits = (character == "." || character == ",") && index > 0 && index + 1 < characters.count
                && characters[index - 1].isNumber && characters[index + 1].isNumber
            if character.isLetter || character.isNumber || character == "*" || character == "%" || betweenDigits {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `computeWords` read scalar by scalar, for a text whose only non-ASCII characters are punctuation,
    /// symbols or spaces (dashes, curly quotes); nil for any other text. Such a character splits words
    /// either way and has no case, so ASCII rules decide the rest without the Unicode property look-up
    /// `Character.isLetter` makes for every character: splitting was 4 % of a scored drill (issue 21).
    static func asciiWords(_ text: String) -> [String]? {
        let scalars = Array(text.unicodeScalars)
        let isDigit = { (scalar: Unicode.Scalar) in scalar >= "0" && scalar <= "9" }
        var words: [String] = []
        var current: [UInt8] = []
        for index in scalars.indices {
            let scalar = scalars[index]
            guard scalar.isASCII else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                     .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber, .format:
                    return nil
                default:
                    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
                    continue
                }
            }
            var byte = UInt8(scalar.value)
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 0x20 }
            let isLetter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let betweenDigits = (scalar == "." || scalar == ",") && index > 0 && index + 1 < scalars.count
                && isDigit(scalars[index - 1]) && isDigit(scalars[index + 1])
            if isLetter || isDigit(scalar) || scalar == "*" || scalar == "%" || betweenDigits {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}

/// A text's words (`RubricConcept.words`) and where each occurs.
struct RubricWords {
    /// The words in order.
    let words: [String]
    /// Positions of each word, ascending; looked up, never iterated.
    let positions: [String: [Int]]

    init(_ words: [String]) {
        self.words = words
        var positions: [String: [Int]] = [:]
        for (index, word) in words.enumerated() { positions[word, default: []].append(index) }
        self.positions = positions
    }
}

/// What one text carries of a rubric.
public struct RubricReading: Sendable, Hashable, Codable {
    /// Concepts the text carries.
    public var hit: [String]
    /// Concepts it lacks.
    public var missed: [String]
    /// Forbidden claims it makes.
    public var claims: [String]
    /// Set when the text is a list of terms rather than sentences (`RubricConcept.isWordList`).
    public var wordList: Bool? = nil

    /// The share of concepts carried, 0…1 (1 for a rubric with no concepts).
    public var share: Double {
        hit.isEmpty && missed.isEmpty ? 1 : Double(hit.count) / Double(hit.count + missed.count)
    }
}

extension RubricConcept {
    /// Words that tie a sentence together; a list of terms has almost none.
    private static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "as", "not",
        "no", "into", "than", "then", "so", "we", "our", "us", "they", "them", "their", "he", "she", "his", "her", "i",
        "you", "your", "which", "who", "what", "when", "where", "while", "after", "before", "until", "about", "over",
        "under", "via", "per", "all", "any", "only", "still", "now",
    ]

    /// Whether a text is a list of terms rather than something said (keyword stuffing): at least 25 words
    /// of letters, fewer than one in sixteen of them a word that joins a sentence. Real texts this long
    /// in the walkthroughs, plans and blind play carry a fifth or more; a terse timeline ("key revoked
    /// 11:17, regulator notified 14:46") is mostly times and stays short of 25 words of letters.
    public static func isWordList(_ text: String) -> Bool {
        let lettered = words(of: text).filter { word in word.contains(where: \.isLetter) && !word.contains(where: \.isNumber) }
        guard lettered.count >= 25 else { return false }
        let joining = lettered.count { functionWords.contains($0) }
        return joining * 16 < lettered.count
    }
}
