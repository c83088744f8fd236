import Foundation
import Testing
import TabletopCore

/// The session log's fixed-form record decoder (issue 21) reads what JSONDecoder reads, and leaves every
/// form it does not know to JSONDecoder.
@Suite struct FastRecordDecoderTests {
    static func json(_ record: SessionRecord) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(record))
    }

    static let texts = [
        "page jon", "", "severity sev2 \"outside report\"", "a\\b", "tab\there", "line\nbreak", "ünïcödé — ✓ 🔥", "slash/and\\/",
        "\u{7}bell \u{1B}[31m", "\r\u{8}\u{C}", "x:\"y\",\"seq\":3}",
    ]

    @Test(arguments: texts)
    func everyKindOfRecordDecodesAsJSONDecoderDecodesIt(text: String) throws {
        let records: [SessionRecord] = [
            .input(SessionInput(at: SimDuration(seconds: 420), wall: "2026-12-02T07:51:56.579Z", text: text)),
            .facilitator(SessionInput(at: .zero, wall: text, text: "hold inject-3")),
            .advance(SessionAdvance(to: SimDuration(seconds: 86_400), wall: text)),
            .note(SessionNote(kind: "resumed", text: text, wall: "2026-12-02T07:51:56.615Z")),
        ]
        for record in records {
            let bytes = try Self.json(record)
            let slow = try JSONDecoder().decode(SessionRecord.self, from: Data(bytes))
            #expect(slow == record)
            let fast = SessionLog.fastDecodedRecord(bytes[...])
            // Control characters other than the one-letter escapes are written as \u00XX, left to JSONDecoder.
            if fast == nil {
                #expect(String(decoding: bytes, as: UTF8.self).contains("\\u"), "left to JSONDecoder: \(String(decoding: bytes, as: UTF8.self))")
            } else {
                #expect(fast == slow)
            }
        }
    }

    @Test(arguments: [
        #"{"input":{"at":01,"text":"x","wall":"w"}}"#, #"{"input":{"at":-0,"text":"x","wall":"w"}}"#,
        #"{"input":{"at":1,"text":"x","wall":"w"}} "#, #"{"input":{"at":1,"wall":"w","text":"x"}}"#,
        #"{"input":{"at":1.5,"text":"x","wall":"w"}}"#, #"{"input":{"at":99999999999999999999,"text":"x","wall":"w"}}"#,
        #"{"input":{"at":1,"text":"\u0041","wall":"w"}}"#, #"{"input":{"at":1,"text":"x\q","wall":"w"}}"#,
        #"{"output":{"text":"x"}}"#, #"{"input":{"at":1,"text":"x","wall":"w","extra":1}}"#, #"{"input":{"at":1,"text":"x"#,
        "{\"input\":{\"at\":1,\"text\":\"a\u{1}b\",\"wall\":\"w\"}}",
    ])
    func formsItDoesNotKnowAreLeftToJSONDecoder(text: String) {
        #expect(SessionLog.fastDecodedRecord(Array(text.utf8)[...]) == nil)
    }

    @Test func bytesThatAreNotUTF8AreLeftToJSONDecoder() {
        let bytes = Array(#"{"note":{"kind":"k","text":""#.utf8) + [0xFF, 0xFE] + Array(#"","wall":"w"}}"#.utf8)
        #expect(SessionLog.fastDecodedRecord(bytes[...]) == nil)
    }

    @Test func negativeAndLargeTimesDecode() {
        #expect(SessionLog.fastDecodedRecord(Array(#"{"advance":{"to":-5,"wall":"w"}}"#.utf8)[...])
                == .advance(SessionAdvance(to: SimDuration(seconds: -5), wall: "w")))
        #expect(SessionLog.fastDecodedRecord(Array(#"{"advance":{"to":123456789012345678,"wall":"w"}}"#.utf8)[...])
                == .advance(SessionAdvance(to: SimDuration(seconds: 123_456_789_012_345_678), wall: "w")))
    }
}
