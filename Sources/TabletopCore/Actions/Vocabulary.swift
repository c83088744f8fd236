/// Look-ups over the verb table (`Verb`) by id and by spelling, in the order `help` lists it.
public enum Vocabulary {
    /// Every verb, in the order of their declaration in `Verb`.
    public static var verbs: [Verb] { Verb.allCases }

    /// Verbs by id and by spelling, for look-ups on the engine's hot path (never iterated for output).
    private static let byName: [String: Verb] = {
        var table: [String: Verb] = [:]
        for verb in verbs {
            table[verb.id] = verb
            table[verb.spelling] = verb
            for alias in verb.aliases { table[alias] = verb }
        }
        return table
    }()

    /// The verb with this id (`doc-create`) or spelling (`doc create`).
    public static func verb(named name: String) -> Verb? {
        byName[name]
    }

    /// Every spelling, for suggestions and completion.
    public static var spellings: [String] { verbs.map(\.spelling) }

    /// The spellings and aliases a "did you mean" may propose: never a verb that costs points.
    public static var suggestable: [String] {
        verbs.filter { !$0.costsPoints }.flatMap { [$0.spelling] + $0.aliases }
    }

    /// The verbs a first word starts (`doc` for `doc create`, `doc note`, `doc update`), for `help doc`.
    public static func family(_ word: String) -> [Verb] {
        verbs.filter { $0.spelling.hasPrefix(word + " ") }
    }

    /// Splits `words` into the longest verb spelling they start with and the remaining words.
    public static func match(_ words: [Substring]) -> (verb: Verb, rest: ArraySlice<Substring>)? {
        for length in stride(from: min(2, words.count), through: 1, by: -1) {
            let spelling = words[0..<length].joined(separator: " ")
            if let verb = byName[spelling], verb.spelling == spelling || verb.aliases.contains(spelling) {
                return (verb, words[length...])
            }
        }
        return nil
    }
}
