extension Engine {
    /// What others reported in the channels a person is in after `since` (all when nil), as their
    /// update names it: "Lena Fischer at Tue 16:12 (T+06:32): CI now gets short-lived credentials …",
    /// the newest only (older reports live on as the facts they told); and the commander's latest post
    /// there. Empty when nothing came (blind20 #16: Priya's update stopped at 12:37, though Lena posted the fix in #incident at 16:12).
    func channelNews(for person: Person, since: SimDuration?) -> [String] {
        let isNew = { (at: SimDuration) in since.map { at > $0 } ?? true }
        // The newest first, back to `since` only: the log of fired injects only grows.
        let report = state.fired.reversed().lazy.prefix { isNew($0.at) }.compactMap { fired -> String? in
            guard let inject = injectsByID[fired.id], senderID(of: fired) != person.id,
                  let sender = senderID(of: fired).flatMap({ peopleByID[$0] }), seen(inject, by: person), isReport(fired, from: sender) else { return nil }
            return "\(sender.name) at \(stamp(fired.at)): \(Self.firstSentence(deliveredText(fired, inject).trimmingWhitespaceAndNewlines()))"
        }.first
        let channels = Set(state.channels.filter { $0.members.contains(person.id) }.map(\.id))
        let post = watch.decisions(by: .post, in: state).last.map { state.decisions[$0] }.flatMap { decision -> String? in
            guard isNew(decision.at), let channel = decision.action.object, channels.contains(channel), let text = decision.action.text else { return nil }
            return "You posted in \(channel) at \(stamp(decision.at)): \"\(Self.excerpt(text, limit: 120))\"."
        }
        return [report, post].compactMap { $0 }
    }
}
