extension Engine {
    /// The asset state each containment or forensic verb brings about.
    static let stateOfVerb: [Verb: AssetState] = [
        .isolate: .isolated, .revoke: .revoked, .rotate: .rotated, .disable: .disabled, .shutdown: .shutdown,
        .delete: .deleted, .snapshot: .snapshotted, .preserve: .preserved, .redeploy: .redeployed, .clean: .cleaned,
        .block: .blocked,
    ]

    /// States that say what someone did to an asset, as opposed to what the scenario knows of it
    /// (`compromised`, `exposed`) or that it was looked at.
    static let actionStates: Set<AssetState> = [
        .isolated, .snapshotted, .preserved, .cleaned, .redeployed, .deleted, .shutdown, .disabled, .revoked, .rotated, .blocked,
    ]

    /// How a state reads in a sentence ("shut down", not "shutdown").
    static func word(for assetState: AssetState) -> String {
        assetState == .shutdown ? "shut down" : assetState.rawValue
    }

    /// The id an action's object names as an asset: `block` also takes an indicator by what it is.
    func assetID(of action: Action) -> String? {
        guard let object = action.object else { return nil }
        if assetsByID[object] != nil { return object }
        guard action.verb == .block else { return nil }
        return scenario.assets.first { $0.kind == .indicator && $0.name.lowercased() == object.lowercased() }?.id
    }

    /// When the action asks for what already holds (`isolate web-03` after Nils isolated it), the
    /// change that brought it about, or nil `at` for a state the asset had from the start; such a
    /// repeat costs no time and says so instead of redoing it.
    /// The same holds for a state that makes the action moot (`rotate ci-key` once it is revoked).
    func repeatedChange(_ action: Action) -> (id: String, state: AssetState, change: AssetChange?)? {
        guard trapsMadeGood(by: action).isEmpty, let target = Self.stateOfVerb[action.verb], let id = assetID(of: action) else { return nil }
        guard let held = ([target] + (Self.mootAfter[action.verb] ?? [])).first(where: { state.asset(id, is: $0) }) else { return nil }
        return (id, held, state.assetChanges.first { $0.asset == id && $0.state == held })
    }

    /// Traps sprung by an earlier change to an asset that redoing it now makes good: the trap's
    /// condition (`only_if`) no longer holds, and a change (a rotation) replaces what the early one did,
    /// as rotating the database password again once the role that could read it is narrowed does.
    /// Words said (a notice, a post) cannot be unsaid: only verbs that change an asset qualify.
    func trapsMadeGood(by action: Action) -> [String] {
        guard Self.stateOfVerb[action.verb] != nil else { return [] }
        return scenario.traps.filter { trap in
            guard let pattern = trap.on, let condition = trap.when, pattern.matches(action),
                  state.traps.contains(where: { $0.id == trap.id }) else { return false }
            return !holdsForTrainee(condition)
        }.map(\.id)
    }

    /// States besides its own that leave a verb nothing to do: a revoked key needs no rotating (and
    /// a rotated one no revoking, the leaked key no longer works), a host shut down needs no isolating.
    static let mootAfter: [Verb: [AssetState]] = [
        .rotate: [.revoked], .revoke: [.rotated], .isolate: [.shutdown],
    ]

    /// When the action would cut off a credential whose holding account (`held_by`) is already
    /// disabled or deleted: that account and the change that cut it. Such an action is moot like a repeat.
    func mootByHolder(_ action: Action) -> (holder: Asset, change: AssetChange?)? {
        guard [.rotate, .revoke].contains(action.verb), let id = assetID(of: action),
              let holder = assetsByID[id]?.heldBy.flatMap({ assetsByID[$0] }) else { return nil }
        guard let cut = [AssetState.disabled, .deleted].first(where: { state.asset(holder.id, is: $0) }) else { return nil }
        return (holder, state.assetChanges.first { $0.asset == holder.id && $0.state == cut })
    }

    /// "ci-deployer access key belongs to ci-deployer service account (ci-deployer), which is disabled
    /// since Tue 11:26 (T+01:46): it works no more; nothing more to do."
    func mootText(_ action: Action, holder: Asset, change: AssetChange?) -> String {
        let name = action.object.flatMap { assetsByID[$0]?.name } ?? action.object ?? ""
        let word = change.map { Self.word(for: $0.state) } ?? (state.asset(holder.id, is: .deleted) ? "deleted" : "disabled")
        let since = change.map { "since \(stamp($0.at))" + ($0.by.map { " (\($0))" } ?? "") } ?? "from the start"
        return "\(name) belongs to \(holder.name) (\(holder.id)), which is \(word) \(since): it works no more; nothing more to do."
    }

    /// "web-03 is already isolated since Tue 10:20 (T+00:40) (Nils, on your answer); nothing more to do."
    func alreadyText(_ repeated: (id: String, state: AssetState, change: AssetChange?)) -> String {
        let name = assetsByID[repeated.id]?.name ?? repeated.id
        let since = repeated.change.map { change in "since \(stamp(change.at))" + (change.by.map { " (\($0))" } ?? "") } ?? "from the start"
        return "\(name) is already \(Self.word(for: repeated.state)) \(since); nothing more to do."
    }

    /// Why an action cannot be taken on an asset that no longer exists (deleted, terminated): nil
    /// when it still exists, or when the verb still makes sense (its logs were shipped elsewhere).
    func goneProblem(_ action: Action) -> String? {
        guard configuration.realClock, action.verb.argument == .asset, action.verb != .logs, let id = action.object,
              let asset = assetsByID[id], state.asset(id, is: .deleted) else { return nil }
        let gone = state.assetChanges.first { $0.asset == id && $0.state == .deleted }
        let when = gone.map { "it was deleted at \(stamp($0.at))" + ($0.by.map { " by \($0)" } ?? "") } ?? "it was deleted before the drill began"
        let what = action.verb == .inspect ? "nothing left to inspect (its logs may still be read: 'logs \(id)')"
            : "nothing left to \(action.verb.spelling)"
        return "\(asset.name) no longer exists: \(when), and what it held went with it; \(what)"
    }

    /// Kinds of asset that keep no logs of their own (a key, an account, a dataset): their use shows
    /// in the logs of the systems they reach. Evidence is not among them: an export or an audit
    /// trail is itself a log, and reading it is reading its logs.
    static let loglessKinds: Set<AssetKind> = [.credential, .account, .dataset, .indicator, .repository]

    /// Why `logs` cannot be read on an asset that keeps none and that the scenario wrote no logs or
    /// response for: a refusal costs no time, where reading nothing used to cost the verb's minutes.
    func loglessProblem(_ action: Action) -> String? {
        guard configuration.realClock, action.verb == .logs, let id = action.object, let asset = assetsByID[id],
              asset.logs == nil, Self.loglessKinds.contains(asset.kind), matchingResponse(for: action) == nil else { return nil }
        // Where its use is logged instead: the known assets that keep logs (the audit trail, the database).
        let sources = knownAssets.filter { $0.id != id && $0.logs != nil }.prefix(3).map { "logs \($0.id)" }
        return "\(asset.name) keeps no logs; try inspect \(id)" + (informant(for: asset).map { " or ask \($0.id) \(id)" } ?? "")
            + (sources.isEmpty ? "" : "; trails that may show its use: \(sources.joined(separator: ", "))")
    }

    /// What has been done to the asset in the drill, for `inspect`: "Now: disabled since Tue 10:40
    /// (Ben, when nobody answered)." The scenario's text describes the asset as it was; this says
    /// what it is now, leaving out the state `quietSince` already named. Nil when nothing was done to it.
    func currentStateLine(_ asset: Asset, besides said: String? = nil) -> String? {
        let changes = state.assetChanges.filter {
            $0.asset == asset.id && Self.actionStates.contains($0.state) && Self.word(for: $0.state) != said
        }
        // What was done around it (its key cut, a fix that names it) changes what the finding says too (blind20 #14).
        let since = workAroundSentence(asset, lead: "Since then, ")
        guard !changes.isEmpty || since != nil else { return nil }
        let parts = changes.map { change in
            "\(Self.word(for: change.state)) since \(stamp(change.at))\(change.by.map { " (\($0))" } ?? "")"
        }
        return [parts.isEmpty ? nil : "Now: \(parts.joined(separator: "; ")).", since].compactMap { $0 }.joined(separator: " ")
    }

    /// The name of whoever asked a question or sent an inject.
    func asker(of inject: Inject) -> String? {
        inject.from.flatMap { peopleByID[$0]?.name } ?? inject.sender
    }

    /// Who carried out a change an outcome tells of: in the clause about it (naming the asset or
    /// the deed, "Omar starts a remote forensic image"), the last person named before the deed
    /// ("Ben has Dana lock the account"), else the first named in it, else the first named in the
    /// outcome; nil when it names nobody of the cast.
    func doer(of change: AssetState, on asset: String, in outcome: String) -> Person? {
        let stems = Self.deedStems[change] ?? [String(change.rawValue.prefix(5))]
        for clause in outcome.split(whereSeparator: { ".;!?".contains($0) }).map(String.init) {
            let lowered = clause.lowercased()
            let deed = stems.compactMap { lowered.range(of: $0).map { lowered.distance(from: lowered.startIndex, to: $0.lowerBound) } }.min()
            guard deed != nil || assetsByID[asset].map({ Self.mentions(clause, $0) }) == true else { continue }
            let people = namedWithOffsets(in: clause)
            if let deed, let last = people.last(where: { $0.offset < deed }) { return last.person }
            if let first = people.first { return first.person }
        }
        return named(in: outcome).first
    }

    /// Word stems that tell of each change in an outcome's text.
    static let deedStems: [AssetState: [String]] = [
        .snapshotted: ["image", "snapshot"], .preserved: ["hold", "preserv", "retention", "legal hold"],
        .disabled: ["lock", "disabl"], .revoked: ["revok", "session"], .rotated: ["rotat", "new key"],
        .isolated: ["isolat", "quarantin"], .blocked: ["block"], .shutdown: ["offline", "shut", "power"],
        .deleted: ["delet", "terminat"], .redeployed: ["redeploy", "rebuil", "replac"], .cleaned: ["clean", "remov"],
    ]

    /// The people of the cast a text names by first name, full name or surname, in the order it
    /// names them first.
    func named(in text: String) -> [Person] {
        namedWithOffsets(in: text).map(\.person)
    }

    /// The people of the cast a text names, each with the character offset where it first names them, in order.
    func namedWithOffsets(in text: String) -> [(offset: Int, person: Person)] {
        let words = Self.asciiLetterWords(text) ?? Self.letterWords(text)
        // Each person named, at the first of their name's words in the text (the words come in order, so the first found is
        // the earliest; one look-up a word, issue 21); then in the cast's order.
        var earliest: [Int: Int] = [:]
        for word in words {
            for position in world.castByNamePart[word.word] ?? [] where earliest[position] == nil { earliest[position] = word.offset }
        }
        guard !earliest.isEmpty else { return [] }
        let found = earliest.keys.sorted().map { (offset: earliest[$0]!, person: scenario.cast[$0]) }
        return found.sorted { $0.offset < $1.offset }
    }

    /// The runs of letters of a text, each with the character offset where it starts.
    static func letterWords(_ text: String) -> [(offset: Int, word: String)] {
        var words: [(offset: Int, word: String)] = []
        var current = "", start = 0
        for (offset, character) in text.enumerated() {
            if character.isLetter {
                if current.isEmpty { start = offset }
                current.append(character)
            } else if !current.isEmpty {
                words.append((start, current))
                current = ""
            }
        }
        if !current.isEmpty { words.append((start, current)) }
        return words
    }

    /// `letterWords` of a text in plain ASCII without a carriage return, read byte by byte (each byte is
    /// then one character); nil for any other text. Issue 21: telling graphemes apart and asking each
    /// whether it is a letter was 8% of replaying a session.
    static func asciiLetterWords(_ text: String) -> [(offset: Int, word: String)]? {
        var text = text
        return text.withUTF8 { bytes -> [(offset: Int, word: String)]? in
            var words: [(offset: Int, word: String)] = []
            var start: Int?
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
                guard byte < 0x80, byte != 0x0D else { return nil }
                let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                if isLetter {
                    if start == nil { start = index }
                } else if let first = start {
                    words.append((first, String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self)))
                    start = nil
                }
            }
            return words
        }
    }
}
