extension Engine {
    /// Words that give the word a person asked for, with no move of their own ("Yes, go ahead.", "Then consider this the word:
    /// please send it now.").
    static let wordGiving = ["go ahead", "do it", "go for it", "the word", "please do", "yes please", "yes, please", "proceed", "send it",
                             "file it", "publish it", "you have my go", "green light", "approved", "please carry on"]

    /// The move the person offered on the commander's word, when this message gives that word and names nothing else to do
    /// (blind143 #27: "Say the word and it is done: 'notify customers'", then "Then consider this the word: please send it now."
    /// got "Will do" and nothing was sent; "Yes, go ahead." got "Got it, thanks."). Nil otherwise.
    func offeredMoveGiven(_ person: Person, _ text: String) -> String? {
        guard let offered = state.offeredMoves?[person.id] else { return nil }
        let lowered = " " + text.lowercased().replacingOccurrences(of: "’", with: "'") + " "
        guard Self.wordGiving.contains(where: lowered.contains), namedIDs(in: text).isEmpty,
              ![" not ", "n't ", " don't", " wait", " hold ", " later", " instead", "?"].contains(where: lowered.contains) else { return nil }
        return offered
    }

    /// Keeps the one move a reply offers to make on the commander's word, or forgets the last when it offers none.
    mutating func rememberOffer(_ reply: String?, by person: Person) {
        // "Say the word and it is done: 'notify customers'", "I can. Give it to me as a task so it is on record: delegate lena
        // revoke ci-key; …": the move up to its closing quote or semicolon.
        var offered: String?
        // (A full stop ends the second only as a sentence's end: "block 185.220.101.7" keeps its dots.)
        let openings = [("Say the word and it is done: '", ["'"]), ("so it is on record: delegate \(person.id) ", [";", ". "])]
        if let reply, let (start, closes) = openings.lazy.compactMap({ opening, closes in reply.range(of: opening).map { ($0.upperBound, closes) } }).first,
           let end = closes.compactMap({ reply[start...].range(of: $0)?.lowerBound }).min() ?? (closes.count > 1 ? reply.endIndex : nil) {
            // (An offer to be handed over says the hand-over whole: "Say the word and it is done: 'delegate omar fix "…"'", blind150 #46:
            // "Consider this the word. Go." got "Got it, thanks.")
            var move = String(reply[start..<end])
            if move.hasPrefix("delegate \(person.id) ") { move = String(move.dropFirst("delegate \(person.id) ".count)) }
            if case .success(let action?) = ActionParser.parseAction(move), action.verb.isDelegable,
               problem(with: Action(verb: .delegate, object: person.id, text: move), player: configuration.players.first ?? Player(name: "trainee", role: "ic")) == nil {
                offered = move
            }
        }
        guard offered != nil || state.offeredMoves?[person.id] != nil else { return }
        var moves = state.offeredMoves ?? [:]
        moves[person.id] = offered
        state.offeredMoves = moves
    }
}
