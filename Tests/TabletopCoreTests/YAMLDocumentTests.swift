import Testing
@testable import TabletopCore

/// Reading a file's text into lines and a YAML tree.
@Suite struct YAMLDocumentTests {
    /// Lines end at LF, and a CR right before it belongs to the line break; a lone CR and combining
    /// characters after a break stay in the line.
    @Test func splitsLinesAtLineFeedsWithOrWithoutCarriageReturn() {
        let source = SourceFile(path: "x.yaml", text: "a: é\r\nb\n\u{301}c\rd\n\n")
        #expect(source.lines == ["a: é", "b", "\u{301}c\rd", "", ""])
        #expect(SourceFile(path: "x.yaml", text: "").lines == [""])
        #expect(SourceFile(path: "x.yaml", text: "\r\n").lines == ["", ""])
        #expect(SourceFile(path: "x.yaml", text: "\na\n\r").lines == ["", "a", "\r"])
    }

    /// Every scalar is read as text: a key written plain and the same key quoted are one key, so the
    /// second is a duplicate (Yams' default resolver made `1` a number and `'1'` a string).
    @Test(arguments: ["1", "true", "~", "1.5"])
    func aKeyWrittenPlainAndQuotedIsADuplicate(_ key: String) {
        let source = SourceFile(path: "x.yaml", text: "costs:\n  \(key): 30m\n  '\(key)': 45m\n")
        let collector = DiagnosticCollector(source: source)
        #expect(YAMLDocument.parse(source, into: collector) == nil)
        #expect(collector.sorted.map(\.message) == ["key '\(key)' appears more than once in the same mapping"])
    }

    /// Numbers, booleans and nulls keep their spelling as text for the builders to check.
    @Test func scalarsKeepTheirSpelling() throws {
        let source = SourceFile(path: "x.yaml", text: "a: 0x1F\nb: yes\nc: ~\nd: 2026-01-01\n")
        let root = try #require(YAMLDocument.parse(source, into: DiagnosticCollector(source: source)))
        let mapping = try #require(root.mapping)
        #expect(mapping.map { $0.value.scalar?.string } == ["0x1F", "yes", "~", "2026-01-01"])
        #expect(mapping.map { $0.value.isNull } == [false, false, true, false])
    }
}
