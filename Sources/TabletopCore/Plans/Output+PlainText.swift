extension Output {
    /// The texts a trainee reads in this output, without styling, for plans' `shows` and `never_shows`.
    var plainTexts: [String] {
        switch self {
        case .briefing(let title, let text): [title, text]
        case .inject(let message): [message.from, message.text] + (message.question.map { [$0] } ?? []) + message.options
        case .answer(_, let name, let text): ["\(name): \(text)"]
        case .response(let text), .notice(let text), .warning(let text), .error(let text), .info(let text): [text]
        case .fact(_, let text): [text]
        case .evidence(_, let title): [title]
        case .clock(let notice): ["\(notice.label) \(notice.event.rawValue)"]
        case .end(let end): [end.text]
        }
    }
}
