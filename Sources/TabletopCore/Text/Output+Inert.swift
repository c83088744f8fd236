extension Output {
    /// The same output with every piece of text made safe for a terminal (see `TerminalText`):
    /// scenario text, names and what people typed are shown, never executed.
    public var inert: Output {
        let line = TerminalText.inline, block = TerminalText.block
        switch self {
        case .briefing(let title, let text):
            return .briefing(title: line(title), text: block(text))
        case .inject(var message):
            message.from = line(message.from)
            message.channel = line(message.channel)
            message.to = message.to.map(line)
            message.text = block(message.text)
            message.question = message.question.map(block)
            message.options = message.options.map(block)
            return .inject(message)
        case .answer(let person, let name, let text):
            return .answer(person: person, name: line(name), text: block(text))
        case .response(let text): return .response(block(text))
        case .fact(let id, let text): return .fact(id: id, text: block(text))
        case .evidence(let step, let title): return .evidence(step: step, title: line(title))
        case .clock(var notice):
            notice.label = line(notice.label)
            return .clock(notice)
        case .notice(let text): return .notice(block(text))
        case .warning(let text): return .warning(block(text))
        case .error(let text): return .error(block(text))
        case .info(let text): return .info(block(text))
        case .end(var end):
            end.text = block(end.text)
            return .end(end)
        }
    }
}
