/// What an output is, who says it, who may see it, and what it marks, as data: renderers, reports and
/// routing read these instead of matching on cases or reading English text.
extension Output {
    /// The kinds of output; the raw value is the key an output is written under in session logs.
    public enum Kind: String, Sendable, Hashable, CaseIterable, CodingKey {
        case briefing, inject, answer, response, fact, evidence, clock, notice, warning, error, info, end
    }

    /// Who may see an output in a team drill.
    public enum Audience: Sendable, Hashable {
        /// The whole team.
        case everyone
        /// The players holding one of these roles (an inject addressed to them).
        case roles([String])
        /// The player whose line it answers; the whole team when no one's line caused it (the
        /// briefing at the start, an answer to the facilitator).
        case asker
        /// Only the player whose line it answers, and no one when no one's line caused it (an error).
        case askerOnly
    }

    /// The kind of the output.
    public var kind: Kind {
        switch self {
        case .briefing: .briefing
        case .inject: .inject
        case .answer: .answer
        case .response: .response
        case .fact: .fact
        case .evidence: .evidence
        case .clock: .clock
        case .notice: .notice
        case .warning: .warning
        case .error: .error
        case .info: .info
        case .end: .end
        }
    }

    /// Who says it, for display: the sender of an inject, the person answering; nil for the world,
    /// the engine and the narrator.
    public var speaker: String? {
        switch self {
        case .inject(let message): message.from
        case .answer(_, let name, _): name
        default: nil
        }
    }

    /// Who may see it: injects go to the roles they are addressed to; answers to session commands,
    /// warnings and the briefing go to who asked; errors only ever to who asked; the rest to everyone.
    public var audience: Audience {
        switch self {
        case .inject(let message): message.to.isEmpty ? .everyone : .roles(message.to)
        case .info, .warning, .briefing: .asker
        case .error: .askerOnly
        default: .everyone
        }
    }

    /// The main text, without any decoration: what is said, learnt, noticed or shown.
    public var text: String {
        switch self {
        case .briefing(_, let text), .answer(_, _, let text), .fact(_, let text): text
        case .inject(let message): message.text
        case .response(let text), .notice(let text), .warning(let text), .error(let text), .info(let text): text
        case .evidence(_, let title): title
        case .clock(let notice): notice.label
        case .end(let end): end.text
        }
    }

    /// The id of the fact the output reveals, if it reveals one.
    public var revealedFact: String? {
        if case .fact(let id, _) = self { id } else { nil }
    }

    /// The runbook step the output marks as evidenced, if it marks one.
    public var stepMark: Int? {
        if case .evidence(let step, _) = self { step } else { nil }
    }
}
