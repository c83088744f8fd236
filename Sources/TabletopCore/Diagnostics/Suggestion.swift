/// "Did you mean …" suggestions for misspelled keys, ids and verbs.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    ///
    /// Candidates are tried in the order given, so ties resolve the same way on every run.
    public static func closest<S: Sequence>(to word: String, among candidates: S) -> String? where S.Element == String {
        let lowered = word.lowercased()
        let limit = max(1, min(3, lowered.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(lowered, candidate.lowercased(), limit: limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        if best == nil, lowered.count >= 3 {
            // A prefix of a longer name ("isol" for "isolate") is a likely slip too.
            best = candidates.first(where: { $0.lowercased().hasPrefix(lowered) && $0 != word }).map { ($0, 0) }
        }
        return best?.candidate
    }

    /// `; did you mean 'x'?` for the closest candidate, or an empty string when nothing is close.
    public static func didYouMean<S: Sequence>(_ word: String, among candidates: S) -> String where S.Element == String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The first candidate whose display name contains `word` as a whole word (case-insensitively), such as
    /// `kai-lt-042` in "Kai's laptop (KAI-LT-042)" or `lindgren` in "Kai Lindgren". Words under 3 letters match nothing.
    public static func namedBy(_ word: String, among candidates: [(id: String, name: String)]) -> (id: String, name: String)? {
        let wanted = word.lowercased()
        guard wanted.count >= 3 else { return nil }
        return candidates.first { candidate in
            candidate.name.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || "-_.".contains($0)) })
                .contains { $0 == Substring(wanted) }
        }
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count once), giving up past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
