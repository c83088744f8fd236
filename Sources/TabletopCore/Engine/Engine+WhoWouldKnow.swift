import Foundation

/// Who else a person points to when they have nothing on what was asked.
extension Engine {
    /// Someone else whose own words speak of what is asked (the owner of the role asked of, the analyst of the logs), as
    /// "Sara Nyquist (Cloud platform engineer) would know more: ask sara role."; nil when nobody's answers are on any of the
    /// words. The one whose answers share most of them, by words that name a topic, not the asking's own (blind88 #109,
    /// blind91: "ask grace told", "ask grace unusual" went to the first person sharing any one word).
    func whoWouldKnow(besides person: Person, words: Set<String>) -> String? {
        let topical = words.subtracting(Self.askingOnlyWords)
        var best: (person: Person, shared: [String])?
        for other in knownPeople where other.id != person.id && !other.mustNotKnow && other.reachable {
            let shared = Set(other.answers.flatMap(\.topics)).intersection(topical).sorted { ($0.count, $1) > ($1.count, $0) }
            if !shared.isEmpty, shared.count > best?.shared.count ?? 0 { best = (other, shared) }
        }
        return best.map { "\($0.person.name) (\($0.person.role)) would know more: ask \($0.person.id) \($0.shared[0])." }
    }

    /// Words of a question that say how it is asked, not what about ("told", "unusual"): no topic to send someone to.
    static let askingOnlyWords: Set<String> = ["told", "tell", "said", "say", "asked", "ask", "know", "knows", "seen", "think", "unusual",
                                               "anything", "else", "something", "happened", "going", "still", "today", "since",
                                               // Verbs and particles that name no topic to ask about (blind143 #42, #59, blind150 #74:
                                               // "ask sara break", "ask maya back", "ask peter cover", "ask sam took").
                                               "break", "back", "cover", "covers", "covered", "took", "take", "taken", "ready", "done", "get",
                                               "got", "give", "make", "made", "need", "needs", "want", "now", "when", "how", "long", "why",
                                               "work", "works", "worked", "keep", "kept", "put", "run", "runs", "set", "stop", "start", "go",
                                               "goes", "went", "come", "comes", "see", "look", "looks", "find", "found", "use", "used"]
}
