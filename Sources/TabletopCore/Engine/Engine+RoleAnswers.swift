extension Engine {
    /// What someone who does not own an asset says of it, from their standpoint and from what they
    /// have been told: counsel whether personal data is in it and which clock that runs, an analyst
    /// the evidence looked at, a leader what it means for the business; anyone else what they know,
    /// or a short honest line naming who would know. Never the inventory's card.
    func roleAnswer(_ asset: Asset, by person: Person) -> String {
        let heard = factsKnown(by: person.id).reversed().compactMap { world.factsByID[$0] }
            .filter { assets(concernedBy: $0.id).contains { $0.id == asset.id } }
        let latest = heard.first.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let name = asset.name.lowercased().contains(asset.id) ? asset.name : "\(asset.name) (\(asset.id))"
        var lines: [String]
        switch Standpoint(role: person.role, team: person.team) {
        case .legal:
            lines = legalView(of: asset, named: name, heard: heard)
        case .analyst:
            let looked = looks(at: asset)
            lines = looked.hasPrefix("Nobody")
                ? ["I hold no evidence on \(name) myself yet: \(looked.prefix(1).lowercased())\(looked.dropFirst())"]
                : ["What the evidence on \(name) shows: \(looked)"]
            if let latest { lines.append("What I have been told of it: \(latest)") }
        case .leader:
            let stake = asset.criticality == .critical || asset.criticality == .high ? "The business leans on \(name)" : "\(name) is not where the business hurts most"
            lines = ["\(stake); what I need to know is what this means for our customers and whether it is contained."]
            lines.append(latest.map { "What I have heard: \($0)" } ?? "Nobody has told me what it means yet.")
        case .comms:
            lines = [latest.map { "What I have of \(name): \($0) Nothing about it goes out before legal has read it." }
                ?? "I know nothing about \(name) that I could say in public; nothing about it goes out before legal has read it."]
        case .people, .other:
            lines = [latest.map { "What I know of \(name): \($0)" } ?? "I don't know much about \(name) myself."]
        }
        if let cut = cutOff(asset) {
            lines.append("It was \(cut.word) at \(stamp(cut.at))\(cut.by.map { " (\($0))" } ?? "").")
        } else if let pending = pendingChange(of: asset.id) {
            lines.append("It is \(pending.phrase); until then it still works.")
        }
        if let informant = informant(for: asset, excluding: person.id), informant.id != person.id {
            let relation = informant.id != asset.owner ? "knows what was found about it" : asset.isAdversarys ? "looked it up" : "owns it"
            lines.append("\(informant.name) (\(informant.role)) \(relation): ask \(informant.id) \(asset.id).")
        }
        return lines.joined(separator: " ")
    }

    /// Counsel's view of an asset: whether what they were told puts personal data in it, which
    /// legal clock that runs and until when, and that it is kept as it is meanwhile.
    private func legalView(of asset: Asset, named name: String, heard: [Fact]) -> [String] {
        let personal = heard.first { fact in
            fact.shows.contains(.personalData) || !Self.topicWords(fact.text).isDisjoint(with: Standpoint.personalWords)
        }
        let preserve = "Keep \(asset.id) and its logs as they are, nothing deleted or wiped, so the record holds."
        guard let personal else {
            let told = heard.first.map { " What I have been told: \($0.text.trimmingCharacters(in: .whitespacesAndNewlines))" } ?? ""
            return ["For me the question on \(name) is whether personal data is in it, whose, and whether any of it left; nobody has told me that yet.\(told)", preserve]
        }
        return ["For me \(name) is a personal data question. What I have: \(personal.text.trimmingCharacters(in: .whitespacesAndNewlines))",
                legalClocks() ?? "If that data left us, we may owe the people and the regulator a notification; I need the record count and whose data it is.",
                preserve]
    }

    /// The legal clocks (those of a runbook step about legal) and where each stands, or nil when
    /// the scenario has none.
    func legalClocks() -> String? {
        let steps = Set(world.runbook.steps.filter { $0.title.lowercased().contains("legal") }.map(\.number))
        let lines = scenario.clocks.filter { steps.contains($0.step) }.map { clock -> String in
            guard let status = state.clocks[clock.id] else { return "The \(clock.label) clock starts once we know that personal data was taken; tell me the moment you do." }
            if let met = status.metAt { return "The \(clock.label) notification is made (\(stamp(met))); I need anything that changes the count or the data." }
            if status.expired { return "The \(clock.label) deadline has passed (\(stamp(status.deadline))); we file now and explain the delay." }
            return "The \(clock.label) clock runs until \(stamp(status.deadline)); I need the record count and the data categories to file."
        }
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }
}
