import Foundation
import Testing

/// The man pages in Docs/man are current: one per command, naming every option the command has and
/// nothing it no longer has. (`.ci/run` also regenerates them with `make man` and compares byte for byte.)
@Suite struct ManPageTests {
    static let folder = CommandLineTests.repositoryRoot.appendingPathComponent("Docs/man")

    struct Command {
        var page: String
        var abstract: String
        var options: [String]
        var positionals: [String]
    }

    /// Every command of the built binary, from swift-argument-parser's `--experimental-dump-help`.
    static func commands() throws -> [Command] {
        let result = try CommandLineTests.run(["--experimental-dump-help"])
        let root = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["command"] as? [String: Any])
        var found: [Command] = []
        func visit(_ command: [String: Any]) {
            let names = (command["superCommands"] as? [String] ?? []) + [command["commandName"] as? String ?? ""]
            let arguments = (command["arguments"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool ?? false }
            found.append(Command(
                page: names.joined(separator: ".") + ".1", abstract: command["abstract"] as? String ?? "",
                options: arguments.flatMap { ($0["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }.compactMap { $0["name"] as? String } },
                positionals: arguments.filter { $0["kind"] as? String == "positional" }.compactMap { $0["valueName"] as? String }))
            for subcommand in command["subcommands"] as? [[String: Any]] ?? [] where subcommand["shouldDisplay"] as? Bool ?? true {
                visit(subcommand)
            }
        }
        visit(root)
        return found
    }

    @Test func everyCommandHasAPageNamingItsAbstractOptionsAndArguments() throws {
        let commands = try Self.commands()
        #expect(commands.count > 15)
        for command in commands {
            let page = try String(contentsOf: Self.folder.appendingPathComponent(command.page), encoding: .utf8)
            if command.page != "tabletop.1" { #expect(page.contains(".Nd \"\(command.abstract)\""), "\(command.page): abstract") }
            for option in command.options { #expect(page.contains(".It Fl -\(option)") || page.contains(", -\(option)"), "\(command.page) lacks --\(option); run make man") }
            for positional in command.positionals { #expect(page.contains(".It Ar \(positional)"), "\(command.page) lacks <\(positional)>; run make man") }
            // An option the page describes must still exist.
            let described = page.split(separator: "\n").filter { $0.hasPrefix(".It Fl -") }.compactMap { $0.split(separator: " ").dropFirst(2).first }
            for option in described { #expect(command.options.contains(String(option.dropFirst())), "\(command.page) describes a removed option \(option)") }
        }
    }

    @Test func noPageIsLeftForACommandThatIsGone() throws {
        let pages = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".1") })
        #expect(pages == Set(try Self.commands().map(\.page)))
    }

    /// tabletop-scenario(5) is written by hand: it must name every top-level key the scenario schema allows.
    @Test func theScenarioFormatPageNamesEveryTopLevelKey() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: CommandLineTests.repositoryRoot.appendingPathComponent("Scenarios/scenario.schema.json"))) as? [String: Any]
        let scenario = try #require((schema?["$defs"] as? [String: Any])?["scenario"] as? [String: Any])
        let keys = try #require(scenario["properties"] as? [String: Any]).keys.sorted()
        #expect(keys.count > 20)
        let page = try String(contentsOf: Self.folder.appendingPathComponent("tabletop-scenario.5"), encoding: .utf8)
        for key in keys { #expect(page.contains(".It Cm \(key)\n"), "tabletop-scenario.5 does not describe '\(key)'") }
    }
}
