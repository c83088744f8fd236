extension Engine {
    /// Whether the word at `index` names a thing or a quality rather than a move: after an article, a possessive, a
    /// preposition or a count ("pull the logs from the snapshot", "the nine clean web servers", blind87 #17, #54).
    static func usedAsNoun(_ tokens: [String], at index: Int) -> Bool {
        // ("clean hosts connecting on the new password": an adjective before what it describes, blind149 #40: 'clean customer-db' held.)
        if tokens[index] == "clean", let next = tokens[safe: index + 1], fleetMemberWords.union(["ones", "web", "copy", "copies", "build", "builds", "slate"]).contains(next) {
            return true
        }
        guard let before = tokens[safe: index - 1] else { return false }
        // ("Maya's rollout": after a possessive, a noun, blind126 #106.)
        // (Split at the apostrophe, "maya's" is "maya", "s".)
        if before.hasSuffix("'s") || before.hasSuffix("’s") || before == "s" { return true }
        // ("the kai-account disable": after a thing's name after an article, a noun, attack60 n06.)
        if before.contains("-"), let article = tokens[safe: index - 2], ["the", "a", "an", "that", "this"].contains(article) { return true }
        // ("the patched image": a word in the past before it describes the thing.)
        return nounLeads.contains(before) || before.allSatisfy(\.isNumber) && !before.isEmpty || before.count > 4 && before.hasSuffix("ed")
    }

    /// Words after which a move's word is a noun or an adjective.
    static let nounLeads: Set<String> = ["the", "a", "an", "from", "of", "your", "my", "our", "its", "their", "his", "her", "this", "that",
                                         "these", "those", "no", "any", "each", "every", "all", "same", "two", "three", "four", "five",
                                         "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "remaining", "other",
                                         // "decommissioned after imaging" (blind126 #132: read as a second move, a snapshot).
                                         "after", "before", "since", "until", "without",
                                         // "redeploy web-03, web-05 and web-07 from the new image" (blind140 #96: read as a snapshot,
                                         // which held the three redeploys; only web-03 was taken on).
                                         "new", "clean", "golden", "base", "fresh", "latest", "current", "old", "good", "container",
                                         "docker", "ami", "build", "release"]
}
