import Foundation

extension Engine {
    /// A plain instruction taken on, with the "if" or "when" it holds under, two of them joined ("If a retailer forwards
    /// you a message from them, do not reply; forward it to Hannah and me" is "Will do: if a retailer forwards me a
    /// message from them, I won't reply, and I'll forward it to Hannah and you"). Nil when the message gives none.
    func instructionAcknowledged(_ person: Person, _ text: String) -> String? {
        let lowered = text.lowercased()
        // Only what they take on themselves: a hand-over line for a move of the shell is no promise to splice in (blind141 #67: "Will
        // do: word and it is done: 'notify customers', …", "Say the " cut off as if it were "Will do:").
        let acknowledged = Self.instructions(in: lowered).prefix(2).compactMap { instruction in
            acknowledgement(person, question: "please " + text.dropFirst(instruction.start)).map { (instruction.condition, $0) }
        }
        let taken = acknowledged.filter { $0.1.hasPrefix(Self.promiseOpening) }
        // (Said whole when it is all there is: the move to make and how to hand it over.)
        guard let first = taken.first else { return acknowledged.first?.1 }
        let said = taken.map { $0.1.dropFirst(Self.promiseOpening.count).trimmingCharacters(in: .whitespaces) }
        var joined = said.count == 2 ? said[0].trimmingCharacters(in: CharacterSet(charactersIn: ".")) + ", and " + said[1] : said[0]
        if let condition = first.0 {
            let turned = Self.turnedToTheSpeaker(condition.split(separator: " ").map(String.init)).joined(separator: " ")
            joined = turned + ", " + (joined.hasPrefix("I ") || joined.hasPrefix("I'") ? joined : joined.prefix(1).lowercased() + joined.dropFirst())
        }
        return Self.promiseOpening + " " + joined
    }

    /// Where each plain instruction of a lowered line opens (at its start, after a sentence's end or a semicolon, or
    /// after the comma that closes an "if" or "when" clause), with that clause; none when the line is a request.
    static func instructions(in lowered: String) -> [(start: Int, condition: String?)] {
        guard !isRequest(lowered) else { return [] }
        let characters = Array(lowered)
        var found: [(start: Int, condition: String?)] = []
        var clauseStart = 0
        for position in characters.indices {
            var start: Int?
            var condition: String?
            if position == 0 {
                start = 0
            } else if position + 1 < characters.count, characters[position + 1] == " " {
                if ".;!?".contains(characters[position]) {
                    start = position + 2
                    clauseStart = position + 2
                } else if characters[position] == "," {
                    let clause = String(characters[clauseStart..<position])
                    if ["if ", "when ", "whenever ", "should ", "once ", "until "].contains(where: clause.hasPrefix) { (start, condition) = (position + 2, clause) }
                }
            }
            guard let start, instructionOpenings.contains(where: String(characters[start...].prefix(12)).hasPrefix) else { continue }
            found.append((start, condition ?? found.last?.condition))
        }
        return found
    }

    /// How a plain instruction opens.
    static let instructionOpenings = ["do not ", "don't ", "never ", "make sure ", "forward ", "send ", "keep ", "hold ", "stay ", "route ",
                                      "escalate ", "refer ", "loop me ", "loop us ", "ping me", "call me", "let me know", "tell me ", "flag "]

    /// Words that tell of something done or found, in an update put before a question.
    static let newsWords: Set<String> = ["notified", "filed", "isolated", "rotated", "revoked", "disabled", "blocked", "cut", "set", "done",
                                         "published", "rolled", "patched", "tested", "preserved", "snapshotted", "deleted", "contained",
                                         "confirmed", "found", "sent", "told", "booked", "scheduled", "fixed", "held", "failed", "closed"]

    /// The sentences before a line's question that tell rather than ask, when they say enough to be an update (ten words
    /// or more); nil otherwise.
    static func updateBeforeQuestion(_ line: String) -> String? {
        let sentences: [String] = Self.sentences(of: line)
        guard sentences.count >= 2, sentences.last?.hasSuffix("?") == true else { return nil }
        let telling = sentences.dropLast().filter { !$0.hasSuffix("?") }.joined(separator: " ")
        return telling.split(separator: " ").count >= 10 ? telling : nil
    }
}
