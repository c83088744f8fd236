import TabletopCore
import TabletopDrill

/// Need-to-know in a team drill: a fact revealed by an inject addressed to some roles reaches those
/// roles only, until one of them shares it with the team (posts in a channel or writes it in the incident
/// document); the facilitator sees everything.
extension DrillHost {
    /// A fact the team has not been told yet: who knows it.
    struct WithheldFact {
        let id: String
        let text: String
        var holders: Set<Int>
    }

    /// The verbs that put what a participant knows in front of the team.
    static let sharingVerbs: Set<Verb> = [.post, .docNote, .docUpdate]

    /// The recipients of each output of a batch: a fact right after a role-addressed inject (what the inject
    /// reveals) goes only where the inject went; everything else where `Routing` sends it.
    func recipients(of outputs: [Output], actor: Participant?) -> [(Output, Routing.Delivery)] {
        let roster = participants.map(\.player)
        let position = actor.flatMap { actor in participants.firstIndex { $0 === actor } }
        var injectRecipients: [Int]?
        return outputs.map { output in
            var delivery = Routing.route(output, roster: roster, actor: position, consoleDetail: consoleDetail)
            switch output {
            case .inject(let message):
                injectRecipients = message.to.isEmpty ? nil : delivery.recipients
            case .fact(let id, let text):
                if let only = injectRecipients {
                    withheld.append(WithheldFact(id: id, text: text, holders: Set(only)))
                    delivery.recipients = delivery.recipients.filter(only.contains)
                }
            default:
                injectRecipients = nil
            }
            return (output, delivery)
        }
    }

    /// After `participant`'s decision: a sharing one tells the rest of the team the facts they held back.
    func shareWithheldFacts(after text: String, by participant: Participant) {
        guard case .success(let action?) = ActionParser.parseAction(text), Self.sharingVerbs.contains(action.verb),
              let position = participants.firstIndex(where: { $0 === participant }) else { return }
        let shared = withheld.filter { $0.holders.contains(position) }
        guard !shared.isEmpty else { return }
        withheld.removeAll { $0.holders.contains(position) }
        for fact in shared {
            let line = Output.notice("\(participant.player.name) (\(participant.player.role)) tells the team: \(fact.text)")
            for (index, other) in participants.enumerated() where !fact.holders.contains(index) { deliver(.output(line), to: other) }
        }
    }
}
