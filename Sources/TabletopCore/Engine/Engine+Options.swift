extension Engine {
    /// The order a question's options are shown in: positions into the scenario's options, drawn from
    /// the drill's seed and the question's id (so it does not shift when other draws are made), or the
    /// author's order for sessions recorded before options were shuffled.
    func displayOrder(of injectID: String, count: Int) -> [Int] {
        var order = Array(0..<count)
        guard configuration.shuffleOptions, count > 1 else { return order }
        var random = SeededRandom(seed: configuration.seed ^ Self.stableHash(injectID))
        order.shuffle(using: &random)
        return order
    }

    /// The options of a question as the trainee sees them, in display order.
    func displayedOptions(of inject: Inject) -> [DecisionOption] {
        guard let options = inject.decision?.options else { return [] }
        return displayOrder(of: inject.id, count: options.count).map { options[$0] }
    }

    /// The scenario's option number (1-based, the author's order) for a shown position or the words
    /// of an option; nil with the reason when no single option fits.
    func optionNumber(for action: Action, of inject: Inject) -> Result<Int, InputError> {
        guard let options = inject.decision?.options else { return .failure(InputError("there is no open question to answer")) }
        let order = displayOrder(of: inject.id, count: options.count)
        if let shown = action.choice {
            guard shown >= 1, shown <= options.count else { return .failure(InputError("choose a number from 1 to \(options.count)")) }
            return .success(order[shown - 1] + 1)
        }
        // Words name an option only when there are enough of them to say which one was meant: a word or two
        // ("no", "not yet") would let a blind script guess its way to the cautious answer.
        let words = RubricConcept.words(of: action.text ?? "")
        guard Set(words).count >= Self.wordsToChoose else {
            return .failure(InputError("name an option by at least \(Self.wordsToChoose) of its words, or by its number (1 to \(options.count))"))
        }
        let fits = order.filter { index in
            let text = Set(RubricConcept.words(of: options[index].text))
            return words.allSatisfy(text.contains)
        }
        guard fits.count == 1 else {
            let what = fits.isEmpty ? "no option has all the words" : "\(fits.count) options have the words"
            return .failure(InputError("\(what) '\(TerminalText.inline(action.text ?? "").prefix(60))'; choose by number (1 to \(options.count)) or by words of one option"))
        }
        return .success(fits[0] + 1)
    }

    /// The text of the option of the person's open question that a message of theirs answers in its words (three
    /// distinctive words or more, at least twice the next option's and three more, and no two of them said after a "not"),
    /// or nil.
    func optionSettled(by text: String, of person: Person) -> String? {
        guard let pending = state.pendingDecisions.first, let inject = injectsByID[pending], inject.from == person.id,
              let options = inject.decision?.options, options.count > 1 else { return nil }
        // Words as said, contractions and hyphenated words whole ("don't", "trade-off").
        let wordsOf = { (text: Substring) in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init) }
        // "Do not take the whole API offline": the words said after a negation in their clause choose nothing, neither the
        // option they name nor against the one the rest of the message names ("please do not delete the bucket … we will block
        // public access and snapshot the bucket, and keep the data", blind90 #22: the question stayed open).
        let negations: Set<String> = ["not", "don't", "never", "no", "without", "instead"]
        // (Compared by their first five letters: "thanks" says "thank", blind108 #11.)
        let stem = { (word: String) in String(word.prefix(5)) }
        let split = { (text: String) -> (affirmed: Set<String>, negated: Set<String>) in
            var negated = Set<String>(), affirmed = Set<String>()
            for clause in text.lowercased().split(whereSeparator: { ".;:!?,".contains($0) }) {
                let words = wordsOf(clause).filter { $0.count >= 4 && !Self.commonWords.contains($0) }.map(stem)
                let negation = wordsOf(clause).firstIndex(where: negations.contains).map { index in
                    wordsOf(clause)[..<index].filter { $0.count >= 4 && !Self.commonWords.contains($0) }.count
                } ?? words.endIndex
                affirmed.formUnion(words[..<negation])
                negated.formUnion(words[negation...])
            }
            return (affirmed, negated)
        }
        let (affirmed, negated) = split(text)
        // What the option says not to do, said not to do, is shared as well ("ask her not to discuss it" and "please do not
        // discuss it with Kai", blind108 #11: the best option in words sprang the tip-off as an ordinary message).
        let shares = options.map { option -> Set<String> in
            let own = split(option.text)
            return own.affirmed.intersection(affirmed).union(own.negated.intersection(negated))
        }
        guard let best = shares.indices.max(by: { shares[$0].count < shares[$1].count }) else { return nil }
        let runnerUp = shares.indices.filter { $0 != best }.map { shares[$0].count }.max() ?? 0
        guard shares[best].count >= 3, shares[best].count >= 2 * runnerUp, shares[best].count >= runnerUp + 3 else { return nil }
        // The option's own words said mostly after a negation are no choice of it.
        guard split(options[best].text).affirmed.intersection(negated).subtracting(affirmed).count < 2 else { return nil }
        // An option that destroys, said on a condition or beside an image, is not chosen in so many words ("Once the snapshot is
        // taken, terminate web-03 and let auto-scaling bring up a clean one.", attack60 d09: web-03 terminated at once, no image):
        // the question stays open for the commander to choose.
        let padded = " " + text.lowercased() + " "
        let destroys = ["terminate", "delete", "wipe", "destroy", "rebuild", "redeploy", "reimage", "re-image", "replace"]
            .contains(where: options[best].text.lowercased().contains)
        if destroys, ([" once ", " after ", " when ", " if ", " until ", " as soon as ", " unless "] + Self.preservingWords.map { " \($0)" })
            .contains(where: padded.contains) { return nil }
        return options[best].text
    }

    /// How many different words of an option `choose` needs to name it.
    static let wordsToChoose = 3

    /// FNV-1a over the UTF-8 bytes: a hash that is the same in every process (Swift's `Hasher` is not).
    static func stableHash(_ text: String) -> UInt64 {
        VariantPicker.fnv1a64(text)
    }
}
