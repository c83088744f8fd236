/// Outputs are written to session logs as `{"<kind>": <payload>}`, a documented, stable shape.
extension Output: Codable {
    private struct Titled: Codable { var title: String; var text: String }
    private struct Spoken: Codable { var person: String; var name: String; var text: String }
    private struct Learnt: Codable { var id: String; var text: String }
    private struct Step: Codable { var step: Int; var title: String }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Kind.self)
        guard let kind = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an output has exactly one kind"))
        }
        switch kind {
        case .briefing:
            let value = try container.decode(Titled.self, forKey: kind)
            self = .briefing(title: value.title, text: value.text)
        case .inject: self = .inject(try container.decode(InjectMessage.self, forKey: kind))
        case .answer:
            let value = try container.decode(Spoken.self, forKey: kind)
            self = .answer(person: value.person, name: value.name, text: value.text)
        case .fact:
            let value = try container.decode(Learnt.self, forKey: kind)
            self = .fact(id: value.id, text: value.text)
        case .evidence:
            let value = try container.decode(Step.self, forKey: kind)
            self = .evidence(step: value.step, title: value.title)
        case .clock: self = .clock(try container.decode(ClockNotice.self, forKey: kind))
        case .end: self = .end(try container.decode(DrillEnd.self, forKey: kind))
        case .response: self = .response(try container.decode(String.self, forKey: kind))
        case .notice: self = .notice(try container.decode(String.self, forKey: kind))
        case .warning: self = .warning(try container.decode(String.self, forKey: kind))
        case .error: self = .error(try container.decode(String.self, forKey: kind))
        case .info: self = .info(try container.decode(String.self, forKey: kind))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Kind.self)
        switch self {
        case .briefing(let title, let text): try container.encode(Titled(title: title, text: text), forKey: .briefing)
        case .inject(let message): try container.encode(message, forKey: .inject)
        case .answer(let person, let name, let text): try container.encode(Spoken(person: person, name: name, text: text), forKey: .answer)
        case .fact(let id, let text): try container.encode(Learnt(id: id, text: text), forKey: .fact)
        case .evidence(let step, let title): try container.encode(Step(step: step, title: title), forKey: .evidence)
        case .clock(let notice): try container.encode(notice, forKey: .clock)
        case .end(let end): try container.encode(end, forKey: .end)
        case .response(let text): try container.encode(text, forKey: .response)
        case .notice(let text): try container.encode(text, forKey: .notice)
        case .warning(let text): try container.encode(text, forKey: .warning)
        case .error(let text): try container.encode(text, forKey: .error)
        case .info(let text): try container.encode(text, forKey: .info)
        }
    }
}
