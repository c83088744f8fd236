import Foundation

extension Engine {
    /// The reply to a message that asks its reader to hold back something of their own ("please hold any reply to the board until
    /// then", "hold off replying until I have briefed you"): they agree, in the message's words. Nil for any other message.
    ///
    /// Blind148 #14: the CEO, asked to hold his reply to the board until a briefing, read "hold" as a legal hold and asked which
    /// asset to preserve; "hold off replying" was read as a call to brief leadership.
    func holdBackReply(_ text: String) -> String? {
        let lowered = text.lowercased().replacingOccurrences(of: "’", with: "'")
        guard lowered.utf16.count < 2_000, lowered.contains("hold") || lowered.contains("sit on") || lowered.contains("wait with"),
              let match = Self.holdBackPattern.firstMatch(in: lowered, range: NSRange(lowered.startIndex..., in: lowered)),
              let range = Range(match.range, in: lowered) else { return nil }
        let said = text[range].split(separator: " ").map(String.init)
        // ("Any reply" is theirs: turned to the speaker, "your" becomes "my".)
        let mine = said.map { ["any", "all"].contains($0.lowercased()) ? "your" : $0 }
        let words = Self.turnedToTheSpeaker(mine).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;: "))
        return "Understood: I'll \(sentenceOpeningLowered(words)), and wait for you."
    }

    /// "hold [off|back|on] [any|your|the …] reply/response/comment/post/e-mail …", to the end of its clause.
    private static let holdBackPattern = try! NSRegularExpression(
        pattern: "\\b(?:hold|sit on|wait with)(?: off| back)?(?: on)? (?:any |your |the |all |our |a |that )?"
            + "(?:reply|replies|replying|response|responses|responding|answer|answering|comment|comments|commenting|post|posting|"
            + "email|e-mail|emailing|message|messages|messaging|announcement|word|words|update|statement|draft|notice|publishing|publication|release)\\b[^.;!?]*")
}
