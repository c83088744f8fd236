/// Records are written as `{"<kind>": <payload>}`: `{"input": {"at": 420, "text": "page jon", …}}`.
extension SessionRecord: Codable {
    private enum Kind: String, CodingKey {
        case header, input, advance, facilitator, output, note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Kind.self)
        guard let kind = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a record has exactly one kind"))
        }
        switch kind {
        case .header: self = .header(try container.decode(SessionHeader.self, forKey: kind))
        case .input: self = .input(try container.decode(SessionInput.self, forKey: kind))
        case .advance: self = .advance(try container.decode(SessionAdvance.self, forKey: kind))
        case .facilitator: self = .facilitator(try container.decode(SessionInput.self, forKey: kind))
        case .output: self = .output(try container.decode(Output.self, forKey: kind))
        case .note: self = .note(try container.decode(SessionNote.self, forKey: kind))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Kind.self)
        switch self {
        case .header(let header): try container.encode(header, forKey: .header)
        case .input(let input): try container.encode(input, forKey: .input)
        case .advance(let advance): try container.encode(advance, forKey: .advance)
        case .facilitator(let input): try container.encode(input, forKey: .facilitator)
        case .output(let output): try container.encode(output, forKey: .output)
        case .note(let note): try container.encode(note, forKey: .note)
        }
    }
}
