import Foundation
import Testing

/// `tabletop migrate` as a scenario author runs it: on a copy of a format-1 file, in a temporary folder.
@Suite struct MigrateCommandTests {
    static let original = CommandLineTests.repositoryRoot.appendingPathComponent("Tests/TabletopCoreTests/Fixtures/format1/example.yaml")

    /// A fresh copy of the format-1 example, so each test edits its own file.
    static func copy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("example.yaml")
        try FileManager.default.copyItem(at: original, to: file)
        return file
    }

    @Test func checkReportsWithoutWritingThenMigrateWritesThenCheckIsClean() throws {
        let file = try Self.copy()
        let before = try Data(contentsOf: file)
        let check = try CommandLineTests.run(["migrate", "--check", file.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(file.path):7:1: duration → estimated_play_time\n"))
        #expect(try Data(contentsOf: file) == before)

        let migrate = try CommandLineTests.run(["migrate", file.path])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(migrate.stdout == check.stdout)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# A small scenario that uses every construct of the format once."))
        #expect(text.contains("\nformat: 2\n"))

        let again = try CommandLineTests.run(["migrate", "--check", file.path])
        #expect(again.status == 0)
        #expect(again.stdout == "\(file.path): already format 2\n")
        let lint = try CommandLineTests.run(["lint", file.path])
        #expect(lint.status == 0)
        #expect(!lint.stderr.contains("note:"))
    }

    @Test func stdoutPrintsTheTextAndLeavesTheFile() throws {
        let file = try Self.copy()
        let before = try Data(contentsOf: file)
        let result = try CommandLineTests.run(["migrate", "--stdout", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nestimated_play_time: 30m\n"))
        #expect(result.stderr.contains(": when → trigger\n"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func aFormatOneFileLintsWithTheNote() throws {
        let file = try Self.copy()
        let lint = try CommandLineTests.run(["lint", file.path])
        #expect(lint.status == 0)
        #expect(lint.stderr.hasPrefix("\(file.path):1:1: note: format 1 is deprecated; run 'tabletop migrate \(file.path)'\n"))
    }

    @Test func aBrokenFileGetsALocatedErrorAndIsLeftAlone() throws {
        let file = try Self.copy()
        try Data("format: 1\ncast: [\n".utf8).write(to: file)
        let result = try CommandLineTests.run(["migrate", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file.path):3:1: error: YAML syntax error"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "format: 1\ncast: [\n")
    }
}
