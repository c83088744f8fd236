extension Engine {
    /// The kinds of asset a verb is meant for, best first, so that `help rotate` shows a credential
    /// and `help isolate` a host; a verb not listed takes any asset.
    static let exampleKinds: [Verb: [AssetKind]] = [
        .rotate: [.credential], .revoke: [.credential, .account], .disable: [.account, .credential],
        .isolate: [.host, .device, .service], .shutdown: [.host, .device, .service], .clean: [.host, .device],
        .redeploy: [.host, .service], .snapshot: [.host, .device, .database, .bucket],
        .preserve: [.evidence, .dataset, .bucket, .database], .delete: [.bucket, .dataset, .host],
        .logs: [.host, .service, .database, .bucket, .evidence],
    ]

    /// A worked example for `help <verb>` inside a drill: the verb table's example, with this
    /// scenario's people and known assets of the right kind in place of names from another drill
    /// (`ask dana logs` in a drill without Dana). Without a fitting name the table's example stands.
    func helpExample(for verb: Verb) -> String {
        let generic = Usage.example(for: verb)
        switch verb.argument {
        case .person:
            // Never someone who must not know (the suspect, his manager): an example is an invitation
            // (blind play: `help page` read `page kai` in the insider drill, a tip-off).
            let people = knownPeople.filter { !$0.mustNotKnow }
            guard let person = people.first(where: { !$0.answers.isEmpty }) ?? people.first else { return generic }
            switch verb {
            case .ask: return "ask \(person.id) \(person.answers.first?.topics.first ?? "update")"
            case .tell: return "tell \(person.id) \"what they need to know\""
            case .delegate: return exampleAsset(for: .inspect).map { "delegate \(person.id) inspect \($0.id)" } ?? generic
            case .statementReview:
                // Only legal or communications can clear a statement: the example names one of them.
                return people.first { StepJudge.reviewerTeams.contains($0.team.lowercased()) }.map { "statement review \($0.id)" } ?? generic
            default:
                // The table's example with the person swapped in: `page dana` reads `page lena` in breach.
                var words = generic.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                let position = verb.spelling.split(separator: " ").count
                guard words.count > position, words[position] != "me" else { return generic }
                words[position] = person.id
                return words.joined(separator: " ")
            }
        case .asset:
            // With no known asset of the right kind, the kind itself, never a name from another drill.
            let kind = Self.exampleKinds[verb]?.first.map { "<\($0.rawValue)>" }
            return exampleAsset(for: verb).map { "\(verb.spelling) \($0.id)" } ?? kind.map { "\(verb.spelling) \($0)" } ?? generic
        default:
            return generic
        }
    }

    /// A known asset the verb fits, of the kind it is meant for where there is one.
    func exampleAsset(for verb: Verb) -> Asset? {
        let known = knownAssets
        for kind in Self.exampleKinds[verb] ?? [] {
            if let asset = known.first(where: { $0.kind == kind }) { return asset }
        }
        return Self.exampleKinds[verb] == nil ? known.first : nil
    }
}
