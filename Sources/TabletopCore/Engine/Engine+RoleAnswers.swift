extension Engine {
    /// What someone who does not own an asset says of it, from their standpoint and from what they
    /// have been told: counsel whether personal data is in it and which clock that runs, an analyst
    /// the evidence looked at, a leader what it means for the business; anyone else what they know,
    /// or a short honest line naming who would know. Never the inventory's card.
    func roleAnswer(_ asset: Asset, by person: Person) -> String {
        let heard = factsKnown(by: person.id).reversed().compactMap { world.factsByID[$0] }
            .filter { assets(concernedBy: $0.id).contains { $0.id == asset.id } }
        // What they were told of it, else the latest the team has seen of it (an alert in a channel).
        let latest = heard.first.map(told) ?? knownAbout(asset, limit: 1).first
        let name = asset.name.lowercased().contains(asset.id) ? asset.name : "\(asset.name) (\(asset.id))"
        var lines: [String]
        let standpoint = Standpoint(role: person.role, team: person.team), looked = looks(at: asset)
        switch standpoint {
        case .legal:
            lines = legalView(of: asset, named: name, heard: heard)
        case .analyst:
            // Evidence from elsewhere (the audit logs that showed the bucket copied) is evidence on it too:
            // blind play had an analyst say she held none on the bucket her own log pull had shown emptied.
            if looked.hasPrefix("Nobody"), latest == nil, let trail = readTrail(bearingOn: asset, keptBy: person), let read = lastRead(of: trail) {
                // Their own logs, read, that speak of it are evidence on it (blind50 #92: the DLP analyst held "no evidence"
                // on the uploads his own DLP log read had shown).
                lines = ["What my \(trail.name) show bears on it, read at \(stamp(read)): \(trail.logs?.text.trimmingWhitespaceAndNewlines() ?? "")"]
            } else if looked.hasPrefix("Nobody"), latest == nil, let trail = readTrail(bearingOn: asset, keptBy: person, read: false) {
                // Their own trail on it, not read yet, is where to look, not someone else (blind59 #14: the DLP analyst,
                // asked whether Kai is still syncing, sent the commander to the proxy's admin); being read by them as a
                // task, it is under way (blind65 #21: told to hand over the read he was twenty minutes into).
                if let reading = state.tasks.first(where: { $0.person == person.id && !$0.done && $0.line == "logs \(trail.id)" }) {
                    lines = ["I am reading my \(trail.name) now, as you asked at \(stamp(state.decisions[reading.decision].at)); they will show what "
                        + "went to \(name), and I report back by about \(stamp(reading.due))."]
                } else {
                    lines = ["My \(trail.name) would show what went to \(name), and nobody has read them yet: logs \(trail.id), "
                        + "or give it to me (delegate \(person.id) logs \(trail.id))."]
                }
            } else if looked.hasPrefix("Nobody") {
                lines = [latest.map { "What I have on \(name): \($0) \(looked)" }
                    ?? "I hold no evidence on \(name) myself yet: \(looked.prefix(1).lowercased())\(looked.dropFirst())"]
            } else {
                lines = ["What the evidence on \(name) shows: \(looked)"]
                if let latest { lines.append("What I have been told of it: \(latest)") }
            }
        case .leader:
            // Evidence and indicators are nothing the business runs on (blind125 #70: "The business leans on Extortion e-mail from …").
            let runs = ![.evidence, .indicator].contains(asset.kind)
            let stake = !runs ? "On \(name), what" : asset.criticality == .critical || asset.criticality == .high ? "The business leans on \(name); what"
                : "\(name) is not where the business hurts most; what"
            lines = ["\(stake) I need to know is what this means for our customers and whether it is contained."]
            // Briefed about other things, they say so rather than that nobody told them anything (blind play).
            let briefed = state.knowledge[person.id]?.updatedAt.map { "You last updated me \(Self.ago($0, now: state.clock)), but not about \(asset.id)." }
            lines.append(latest.map { "What I have heard: \($0)" } ?? briefed ?? "Nobody has told me what it means yet.")
        case .comms:
            lines = [latest.map { "What I have of \(name): \($0) Nothing about it goes out before legal has read it." }
                ?? "I know nothing about \(name) that I could say in public; nothing about it goes out before legal has read it."]
        case .people, .other:
            lines = [latest.map { "What I know of \(name): \($0)" } ?? "I don't know much about \(name) myself."]
        }
        // What a look at it found is news to anyone asked, not only to the analyst.
        if standpoint != .analyst, !looked.hasPrefix("Nobody") { lines.append(looked) }
        // Where it stands and what was done to it, with who and when: the record everyone can see.
        let (states, done, tasks) = record(of: asset, spoken: true)
        if !states.isEmpty { lines.append("It is now \(states.joined(separator: ", ")).") }
        if let quiet = quietSince(asset) { lines.append(quiet) }
        if let related = relatedCuts(of: asset) { lines.append(related) }
        if !(done + tasks).isEmpty { lines.append("Done so far: \((done + tasks).joined(separator: "; ")).") }
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
        // Gone already, keeping it as it is can no longer be asked: what was kept of it is the record (blind39 B12:
        // "keep report-01 as it is, nothing deleted" beside "it is now … deleted").
        let gone = state.assetChanges.last { $0.asset == asset.id && [.deleted, .cleaned, .redeployed].contains($0.state) }
        let kept = state.assetChanges.contains { $0.asset == asset.id && [.snapshotted, .preserved].contains($0.state) && $0.at <= (gone?.at ?? .zero) }
        let preserve = gone.map { gone in
            "\(asset.id) was \(Self.word(for: gone.state)) at \(stamp(gone.at)); "
                + (kept ? "what was kept of it before that is the record now, and it stays as it is." : "nothing of it was kept before, so the record of it is what its logs elsewhere hold.")
        } ?? "Keep \(asset.id) and its logs as they are, nothing deleted or wiped, so the record holds."
        // Not a store of data: what counsel weighs is acting on someone's things, or the evidence it is.
        if !Self.dataKinds.contains(asset.kind) {
            if let holder = asset.owner.flatMap({ peopleByID[$0] }), holder.mustNotKnow {
                return ["\(name) is \(holder.name)'s: cutting it or reading what is in it has to be lawful and proportionate, "
                        + "so HR and I hear before it is cut, and what is in it is preserved first.", preserve]
            }
            let heardText = personal.map { " What I have been told: \(told($0))" } ?? ""
            return ["For me \(name) is evidence, and the question is whether personal data was reached through it.\(heardText)", preserve]
        }
        guard let personal else {
            let heardText = heard.first.map { " What I have been told: \(told($0))" } ?? ""
            return ["For me the question on \(name) is whether personal data is in it, whose, and whether any of it left; nobody has told me that yet.\(heardText)", preserve]
        }
        return ["For me \(name) is a personal data question. What I have: \(told(personal))",
                legalClocks() ?? "If that data left us, we may owe the people and the regulator a notification; I need the record count and whose data it is.",
                preserve]
    }

    /// Kinds of asset that hold people's data, so that counsel asks whose and whether it left.
    static let dataKinds: Set<AssetKind> = [.bucket, .database, .dataset, .evidence, .repository]

    /// The legal clocks (those that stop once the regulator is notified) and where each stands, or
    /// nil when the scenario has none. A press deadline or an executive's clock is not counsel's.
    func legalClocks() -> String? {
        let lines = scenario.clocks.filter { Self.awaitsRegulator($0.stops) }.map { clock -> String in
            guard let status = state.clocks[clock.id] else { return "The \(clock.label) clock starts once we know that personal data was taken; tell me the moment you do." }
            if let met = status.metAt { return "The \(clock.label) notification is made (\(stamp(met))); I need anything that changes the count or the data." }
            if status.expired { return "The \(clock.label) deadline has passed (\(stamp(status.deadline))); we file now and explain the delay." }
            return "The \(clock.label) clock runs until \(stamp(status.deadline)); I need the record count and the data categories to file."
        }
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }

    /// Whether a condition is met by notifying the regulator.
    static func awaitsRegulator(_ condition: Condition) -> Bool {
        switch condition {
        case .did(let pattern): pattern.verb == .notify && pattern.object == Audience.regulator.rawValue
        case .any(let parts), .all(let parts): parts.contains(where: awaitsRegulator)
        default: false
        }
    }

    /// A trail the person keeps, already read, whose log speaks of the asset by two words of its name or more.
    func readTrail(bearingOn asset: Asset, keptBy person: Person, read: Bool = true) -> Asset? {
        scenario.assets.first { trail in
            trail.owner == person.id && trail.id != asset.id && (!read || lastRead(of: trail) != nil) && (trail.known || knows(asset: trail))
                && (trail.logs.map { Self.nameOverlap(Self.topicWords($0.text), asset.name) >= 2 } ?? false)
        }
    }
}
