extension Engine {
    /// Words that give the word a person asked for, with no move of their own ("Yes, go ahead.", "Then consider this the word:
    /// please send it now.").
    static let wordGiving = ["go ahead", "do it", "go for it", "the word", "please do", "yes please", "yes, please", "proceed", "send it",
                             "file it", "publish it", "you have my go", "green light", "approved", "please carry on"]

    /// The move the person offered on the commander's word, when this message gives that word and names nothing else to do
    /// (blind143 #27: "Say the word and it is done: 'notify customers'", then "Then consider this the word: please send it now."
    /// got "Will do" and nothing was sent; "Yes, go ahead." got "Got it, thanks."). Nil otherwise.
    /// Several moves offered together are kept one a line (an older saved state holds one).
    func offeredMoveGiven(_ person: Person, _ text: String) -> [String]? {
        guard let offered = state.offeredMoves?[person.id] else { return nil }
        let lowered = " " + text.lowercased().replacingOccurrences(of: "’", with: "'") + " "
        guard Self.wordGiving.contains(where: lowered.contains), namedIDs(in: text).isEmpty,
              ![" not ", "n't ", " don't", " wait", " hold ", " later", " instead", "?"].contains(where: lowered.contains) else { return nil }
        return offered.split(separator: "\n").map(String.init)
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
            offered = takeable(String(reply[start..<end]), by: person)
        }
        // Several at once ("Say the word for each and it is done, one at a time: 'delegate nils snapshot report-01' and 'delegate nils
        // isolate report-01'.", blind152 #53: "Yes, go ahead with all four now" got "Got it, thanks."), one a line.
        if offered == nil, let reply, let start = reply.range(of: "Say the word for each and it is done")?.upperBound {
            let quoted = reply[start...].split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            let moves = quoted.compactMap { takeable($0, by: person) }
            if !moves.isEmpty, moves.count == quoted.count { offered = moves.joined(separator: "\n") }
        }
        guard offered != nil || state.offeredMoves?[person.id] != nil else { return }
        var moves = state.offeredMoves ?? [:]
        moves[person.id] = offered
        state.offeredMoves = moves
    }

    /// A move as the person takes it on, when they can: without its 'delegate <them>' (an offer to be handed over says the hand-over
    /// whole: "Say the word and it is done: 'delegate omar fix "…"'", blind150 #46), or the review of the draft they offered to make
    /// ('statement review helen', blind152 #24: "Yes, please go ahead and review it." got "Will do" and no review). Nil otherwise.
    func takeable(_ said: String, by person: Person) -> String? {
        var move = said
        if move.hasPrefix("delegate \(person.id) ") { move = String(move.dropFirst("delegate \(person.id) ".count)) }
        guard case .success(let action?) = ActionParser.parseAction(move) else { return nil }
        if action.verb == .statementReview { return action.object == person.id ? move : nil }
        let player = configuration.players.first ?? Player(name: "trainee", role: "ic")
        return action.verb.isDelegable && problem(with: Action(verb: .delegate, object: person.id, text: move), player: player) == nil ? move : nil
    }
}
