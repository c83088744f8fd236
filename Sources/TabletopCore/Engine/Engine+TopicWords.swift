extension Engine {
    /// The words of a question as topics match them: lowercased, with addresses, host names and ids
    /// (`10.4.9.17`, `web-03`, `kai-lt-042`) kept whole as well as in parts (`audit-logs` is about
    /// audit and logs), and a plural's singular.
    static func topicWords(_ topic: String) -> Set<String> {
        topicWordsMemo.value(topic, compute: computeTopicWords)
    }

    /// Topic words of texts seen in this process (see `TextMemo`).
    private static let topicWordsMemo = TextMemo<String, Set<String>>(limit: 20_000)

    private static func computeTopicWords(_ topic: String) -> Set<String> {
        // ASCII is decided without Unicode property look-ups, and the joiners are trimmed without a
        // Foundation CharacterSet: both were most of this function's time (issue 21).
        let isJoiner = { (character: Character) in "-_.:/".contains(character) }
        let tokens = topic.lowercased().split(whereSeparator: { character in
            if let ascii = character.asciiValue, !isJoiner(character) {
                return !(ascii >= UInt8(ascii: "a") && ascii <= UInt8(ascii: "z") || ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9"))
            }
            return !(character.isLetter || character.isNumber || isJoiner(character))
        }).map { token in
            var trimmed = token
            while let first = trimmed.first, isJoiner(first) { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, isJoiner(last) { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.filter { !$0.isEmpty }
        // "account" that only says which managers or team ("the Q&A for the hospital account managers") names no account:
        // it was read as the suspect's account (blind145 #44, #56: "Yes: kai-account is scheduled …").
        let modifying = tokens.indices.filter { index in
            ["account", "accounts"].contains(tokens[index]) && index + 1 < tokens.count && accountRoles.contains(tokens[index + 1])
        }
        let kept = modifying.isEmpty ? tokens : tokens.enumerated().filter { !modifying.contains($0.offset) }.map(\.element)
        var words = Set(kept)
        for token in kept {
            if token.contains(where: { ".:/-_".contains($0) }) {
                words.formUnion(token.split(whereSeparator: { ".:/-_".contains($0) }).map(String.init))
            }
            if token.count > 3, token.hasSuffix("s"), !token.hasSuffix("ss") { words.insert(String(token.dropLast())) }
        }
        return words
    }

    /// Who "account" can be the job of ("account managers", "the account team").
    private static let accountRoles: Set<String> = [
        "manager", "managers", "management", "executive", "executives", "team", "teams", "director", "directors", "rep", "reps",
        "representative", "representatives",
    ]
}
