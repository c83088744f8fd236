import Foundation
import Testing

/// The bash completion script, sourced in a real bash and asked what Tab offers, as a user's shell would.
@Suite struct CompletionTests {
    /// A data folder with three session logs whose age order is neither alphabetical nor reversed.
    static let dataFolder: String = {
        let data = DrillCommandTests.temporaryFolder()
        let sessions = data + "/sessions"
        try? FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
        let ages: [(String, Double)] = [("a-oldest", 1_580_000_000), ("b-newest", 1_780_000_000), ("c-middle", 1_680_000_000)]
        for (id, time) in ages {
            let path = "\(sessions)/\(id).jsonl"
            _ = FileManager.default.createFile(atPath: path, contents: Data())
            try? FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: time)], ofItemAtPath: path)
        }
        return data
    }()

    /// What bash offers for `line` (completed at its end), with the built binary first on the PATH.
    static func complete(_ line: String) throws -> [String] {
        let script = """
            source <(tabletop --generate-completion-script bash)
            read -r -a COMP_WORDS <<< "$LINE"
            [[ "$LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="$LINE"
            COMP_POINT=${#LINE}
            _tabletop tabletop "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let bin = CommandLineTests.binary.deletingLastPathComponent().path
        let result = try CommandLineTests.run(["-c", script], environment: ["LINE": line, "PATH": bin + ":/usr/bin:/bin"],
                                              executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var offers: [String]
        var testDescription: String { "'\(line)' offers \(offers)" }
    }

    static let cases: [Case] = [
        Case(line: "tabletop play --script Scen", offers: ["Scenarios"]),
        Case(line: "tabletop lint Scenarios/exa", offers: ["Scenarios/example.yaml"]),
        Case(line: "tabletop lint --runbook Scoring/run", offers: ["Scoring/runbook.yaml"]),
        Case(line: "tabletop migrate Scenarios/exa", offers: ["Scenarios/example.yaml"]),
        Case(line: "tabletop play exa", offers: ["example"]),
        Case(line: "tabletop show comp", offers: ["compromised-host"]),
        Case(line: "tabletop play Scenarios/br", offers: ["Scenarios/breach.yaml"]),
        Case(line: "tabletop play Scen", offers: ["Scenarios/"]),
        Case(line: "tabletop list --scenarios Scen", offers: ["Scenarios"]),
        Case(line: "tabletop replay --data-dir \(dataFolder) ", offers: ["b-newest", "c-middle", "a-oldest"]),
        Case(line: "tabletop score --data-dir \(dataFolder) c", offers: ["c-middle"]),
        Case(line: "tabletop report --data-dir \(dataFolder) ", offers: ["b-newest", "c-middle", "a-oldest"]),
        Case(line: "tabletop history import --data-dir \(dataFolder) ", offers: ["b-newest", "c-middle", "a-oldest"]),
    ]

    @Test(arguments: cases)
    func tabOffersPathsIdsAndSessionsWhereTheyAreExpected(_ example: Case) throws {
        let offered = try Self.complete(example.line)
        // Sessions come newest first and nothing else is offered; elsewhere the expected words must be among those offered.
        if example.offers.count > 1 {
            #expect(offered == example.offers)
        } else {
            #expect(offered.contains(example.offers[0]), "offered: \(offered)")
        }
    }

    @Test func theScriptAsksBashToKeepFilenamesAndTheGivenOrder() throws {
        let result = try CommandLineTests.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\ncomplete -o filenames -o nosort -F _tabletop tabletop"))
    }
}
