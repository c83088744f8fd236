extension Engine {
    /// The tasks of the orders a message gives in the sentences after its first one ("Please isolate web-10 now, it is imaged
    /// already. Then snapshot web-02 and isolate it as well.", blind134 #42: only the first was taken on, the rest dropped without a
    /// word while the reader said "On it."). Each is read as a first order is, from its own sentence on, so what holds it back
    /// holds it; none said already, and none that destroys while an earlier one images or holds (the delete would finish before the
    /// image). None after a fix or a test, whose words go on over several sentences.
    func laterOrderTasks(_ person: Person, _ text: String, after earlier: [String], player: Player) -> [String] {
        guard !earlier.contains(where: { $0.hasPrefix("fix ") || $0 == "test" }) else { return [] }
        var tasks = earlier
        var rest = Self.afterFirstOrder(text)
        while let next = rest {
            for task in firstOrderTasks(person, next, player: player) ?? [] where !tasks.contains(task) {
                let verb = task.split(separator: " ").first.flatMap { Verb(rawValue: String($0)) }
                let keeping = tasks.contains { $0.hasPrefix("snapshot ") || $0.hasPrefix("preserve ") }
                if keeping, let verb, ([.delete, .clean, .redeploy, .shutdown] as Set<Verb>).contains(verb) { continue }
                tasks.append(task)
            }
            rest = Self.afterFirstOrder(next)
        }
        return Array(tasks.dropFirst(earlier.count))
    }

    /// The text after the sentence of its first order, when an order follows in it; nil otherwise.
    static func afterFirstOrder(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard lowered.count == text.count, let (opening, end) = firstOrder(in: lowered) else { return nil }
        // A go-ahead's sentence ends at the first mark after it that a space or the text's end follows.
        var stop = end ?? lowered.endIndex
        if end == nil {
            var index = opening
            while index < lowered.endIndex {
                let after = lowered.index(after: index)
                if ".!?;".contains(lowered[index]), after == lowered.endIndex || lowered[after].isWhitespace { stop = index; break }
                index = after
            }
        }
        guard stop < lowered.endIndex else { return nil }
        let rest = String(text.dropFirst(lowered.distance(from: lowered.startIndex, to: stop) + 1)).trimmingWhitespaceAndNewlines()
        return firstOrder(in: rest.lowercased()) == nil ? nil : rest
    }
}
