import Foundation

extension Engine {
    /// The words that make a question one about the incident's level.
    static let severityWords: Set<String> = ["severity", "sev", "sev1", "sev2", "sev3", "sev4", "sev-1", "sev-2", "sev-3", "sev-4"]

    /// Asked for a view on the incident's level ("do you agree with sev2, or would you call it sev1?"), a
    /// person weighs what they know that bears on it: the known facts that show something the matrix rates
    /// (data taken, admin access, an outage, public talk), the level declared so far, and the rule for
    /// when torn. The engine holds no matrix (the scorer rates), so they never name the correct level;
    /// someone told nothing yet, by the question or before, asks to be told first (blind28 #13: "I don't know that"). Nil for other
    /// questions and for someone who must not know.
    func severityViewAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // "Can I brief you now on a sev1 case?" offers a briefing; it asks no view on the level (blind50 #38).
        guard !person.mustNotKnow, !words.isDisjoint(with: Self.severityWords),
              !Self.briefingOffers.contains(where: question.lowercased().contains) else { return nil }
        let declared = state.severityLog.last.map { "You declared \($0.level.rawValue) at \(stamp($0.at))." }
        // What the question itself tells them counts ("given 2.1 million EU records were copied, sev1?", blind30 #35).
        let told = factsKnown(by: person.id)
        let known = (told + factsNamed(in: question).filter { !told.contains($0) }).compactMap { world.factsByID[$0] }
        let weighing = known.filter { !$0.shows.isEmpty }
        guard !weighing.isEmpty else {
            // Told nothing at all: they ask to be told (someone who found something themselves knows it, blind32 #13).
            // What they found and said themselves they know (blind94 #12: the analyst who had just read the miner as
            // someone running code on web-03 asked to be told what was found).
            let ownFinding = (state.said ?? []).last { $0.person == person.id && $0.text.split(separator: " ").count >= 8 }
            if known.isEmpty, ownFinding == nil, state.facts.contains(where: { !(world.factsByID[$0]?.shows.isEmpty ?? true) }) {
                return "I can't weigh it: nobody has told me what you have found. Tell me first ('tell \(person.id) \"…\"' or a briefing)."
                    + (declared.map { " \($0)" } ?? "")
            }
            // Not "shows no data taken": a bulk upload nobody has scoped yet is no proof that nothing was taken
            // (blind37 #28: counsel's "shows no data taken" after the second sync fed an under-rating).
            let shows = known.last.map { "What I know (\(Self.firstSentence(self.told($0)).trimmingCharacters(in: CharacterSet(charactersIn: ".")))) does not yet settle" }
                ?? ownFinding.map { "What I have seen myself (\(Self.firstSentence($0.text).trimmingCharacters(in: CharacterSet(charactersIn: ".")))) does not yet settle" }
                ?? "Nothing we know yet settles"
            return "\(shows) what data was taken, or whether there is admin access, an outage or public talk of it: rate it on what we know,"
                + " take the higher level when torn, and re-rate as facts come in." + (declared.map { " \($0)" } ?? "")
        }
        let shown = Self.series(Array(Set(weighing.flatMap(\.shows))).sorted().map(\.plainWords))
        let facts = weighing.suffix(3).map { Self.firstSentence(self.told($0)) }.joined(separator: " ")
        return "It's your call against the level matrix; what bears on it is \(shown): \(facts)"
            + (declared.map { " \($0)" } ?? " Nothing is declared yet.")
            + " Torn between two levels, take the higher and re-rate as facts change."
    }
}

extension SeveritySignal {
    /// The signal in a responder's words.
    var plainWords: String {
        switch self {
        case .personalData: "personal data"
        case .attackerPresent: "an adversary still inside"
        case .insider: "an insider"
        case .publicStatementLikely: "a public statement to come"
        case .falsePositive: "that it may be no incident at all"
        case .commsCompromised: "our own channels being read"
        case .dataTaken: "data taken"
        case .adminAccess: "admin access to production"
        case .outageAll: "a full outage"
        case .outageSome: "an outage for some customers"
        case .degraded: "customers inconvenienced"
        case .malware: "an intruder's tool on production"
        case .commodityMalware: "commodity malware"
        case .vulnerability: "a hole nobody is known to have used"
        case .publicClaim: "public talk of it"
        }
    }
}
