import Foundation

extension Engine {
    /// Records who took part in or was told of an inject as it arrives, so that their updates name it
    /// with its time: the people it names (not its sender, whose own report it is), the people of the
    /// teams it is addressed to (`to: [legal]`), and the owners of what it brings to light (the
    /// extortion e-mail is legal's to keep).
    mutating func recordTakingPart(in inject: Inject, from: String?) {
        let text = Self.excerpt((Self.reportsFix(inject) ? fixReadyText(inject) : inject.text).trimmingWhitespaceAndNewlines(), limit: 180)
        guard !text.isEmpty else { return }
        let sender = from.flatMap { peopleByID[$0] }?.name ?? inject.sender
        var ids = named(in: inject.text).map(\.id)
        ids += inject.to.flatMap { role in scenario.cast.filter { Self.teams(ofRole: role).contains($0.team.lowercased()) }.map(\.id) }
        ids += scenario.assets.filter { asset in asset.revealedBy.map(inject.reveals.contains) ?? false }.compactMap(\.owner)
        let line = sender.map { "\($0) (\(inject.channel)): \(text)" } ?? text
        record(line, for: ids.filter { $0 != from })
    }

    /// Records a moment of the statement (drafted, reviewed, published) for communications, legal and
    /// whoever reviewed it: they know where the statement stands without being told again.
    mutating func recordStatement(_ verb: Verb, reviewer: Person?) {
        let excerpt = state.statementDraft.map { " \"\(Self.excerpt($0, limit: 120))\"" } ?? ""
        let line: String
        switch verb {
        case .statementDraft: line = "The statement was drafted:\(excerpt)"
        case .statementReview: line = "\(reviewer?.name ?? "Someone") reviewed the draft statement\(state.statementReviewedBy == nil ? " but could not clear it" : " and cleared it")."
        case .statementPublish: line = "The statement was published\(state.statementReviewedBy.flatMap { peopleByID[$0] }.map { " (reviewed by \($0.name))" } ?? " without review"):\(excerpt)"
        default: return
        }
        // Whoever the world's reply already names ("Hannah reviews the draft …") has it recorded.
        let told = Set((state.deeds ?? []).filter { $0.at == state.clock }.map(\.person))
        record(line, for: (people(reachedBy: .pr) + people(reachedBy: .legal) + [reviewer?.id].compactMap { $0 }).filter { !told.contains($0) })
    }

    /// One deed each, once per person (a text can reach the same person by several routes).
    mutating func record(_ line: String, for ids: [String]) {
        var seen: Set<String> = []
        for id in ids where seen.insert(id).inserted && peopleByID[id] != nil {
            appendDeed(Deed(person: id, at: state.clock, text: line))
        }
    }

    /// Appends a deed in place: `deeds = (deeds ?? []) + [deed]` copied every deed so far for each new
    /// one, quadratic in a drill's length (issue 21).
    mutating func appendDeed(_ deed: Deed) {
        if state.deeds == nil { state.deeds = [] }
        state.deeds?.append(deed)
    }

    /// The teams an inject's addressee role stands for (`comms` is the communications team).
    static func teams(ofRole role: String) -> [String] {
        switch role.lowercased() {
        case "legal": ["legal"]
        case "comms", "pr", "communications": ["communications", "pr", "comms"]
        case "exec", "leadership", "executive": ["leadership"]
        case "hr", "people": ["hr", "people"]
        default: []
        }
    }
}
