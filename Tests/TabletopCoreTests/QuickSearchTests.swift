import Foundation
import Testing
@testable import TabletopCore

/// The core's text search (`quickContains`, and `contains` on a string, which goes through it) finds a
/// phrase exactly where Foundation's search does, on plain and awkward text alike.
@Suite struct QuickSearchTests {
    static let texts = [
        "Key revoked at 11:17; the regulator was notified at 14:46.",
        "kai said he is syncing to the personal drive",
        "A temperature of 300 \u{212A} (Kelvin sign) and 300 K",
        "Is it done\u{037E} (a Greek question mark) or done;",
        "café (precomposed) and cafe\u{0301} (decomposed) and naïve",
        "Windows lines\r\nand a lone\rcarriage return and a lone\nline feed",
        "back\u{1FEF}tick and back`tick",
        "",
    ]
    static let phrases = [
        "revoked", "Revoked", "11:17", "notified at", "K", "300 K", ";", "done;", "cafe", "café", "e", "naïve",
        "\r\n", "\n", "\r", "lone", "`", "tick", "", "syncing to the personal", "personal drive!", "x",
    ]

    @Test(arguments: texts) func findsWhatFoundationFinds(_ text: String) {
        for phrase in Self.phrases {
            let foundation = text.range(of: phrase) != nil
            #expect(text.quickContains(phrase) == foundation, "quickContains(\(phrase.debugDescription)) in \(text.debugDescription)")
            #expect(text.contains(phrase) == foundation, "contains(\(phrase.debugDescription)) in \(text.debugDescription)")
            #expect(text.dropFirst(0).contains(phrase) == foundation, "a slice's contains(\(phrase.debugDescription)) in \(text.debugDescription)")
        }
    }

    static let edged = texts + [
        "  padded both sides \t\n", "\u{00A0}non-breaking\u{2003}em space\u{00A0}", "...punctuated!?", "   ", "\n\n", "a", " é\u{0301} ",
        "\u{1F600} emoji edges \u{1F600}", "\r\nwindows\r\n",
    ]
    static let sets: [CharacterSet] = [.whitespaces, .whitespacesAndNewlines, .punctuationCharacters, CharacterSet(charactersIn: "\u{1F600} .")]

    @Test(arguments: edged) func trimsWhatFoundationTrims(_ text: String) {
        for set in Self.sets {
            #expect(text.trimmingCharacters(in: set) == NSString(string: text).trimmingCharacters(in: set), "trimming \(text.debugDescription)")
        }
    }

    @Test(arguments: edged) func replacesWhatFoundationReplaces(_ text: String) {
        for target in Self.phrases + ["  ", "a", "é", "\u{0301}"] where !target.isEmpty {
            let foundation = NSString(string: text).replacingOccurrences(of: target, with: "<\(target.count)>")
            #expect(text.replacingOccurrences(of: target, with: "<\(target.count)>") == foundation, "replacing \(target.debugDescription) in \(text.debugDescription)")
        }
    }

    @Test func plainTextIsDecidedByItsBytes() {
        // The fast answers: absent bytes, and present bytes in plain ASCII.
        #expect("the backup key was used twice".quickContains("backup key"))
        #expect(!"the backup key was used twice".quickContains("backup-key"))
        #expect("ci-key".contains("key") && !"ci-key".contains("keys"))
    }
}
