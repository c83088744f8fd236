import Foundation
import Testing

/// Every `--json` output carries `"format": 1` and matches its JSON Schema in Docs/, checked on real outputs
/// of the built binary (with Python's jsonschema, which .ci/run installs when missing).
@Suite struct JSONOutputTests {
    /// A drill that ends in a hard fail: Jon is told to delete the bucket before anyone snapshots it.
    static let hardFail = ["ack", "channel #ir-gist", "severity sev2", "page jon", "wait 10m", "choose \"delete it now\""]
    /// A drill left unfinished.
    static let abandoned = ["ack", "page jon"]

    /// Validates `json` against `Docs/<schema>`, resolving references between the schemas of Docs/.
    static func validate(_ json: String, schema: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let document = folder.appendingPathComponent("output.json")
        try json.write(to: document, atomically: true, encoding: .utf8)
        let script = """
            import glob, json, sys, os
            import jsonschema, referencing
            docs = sys.argv[1]
            resources = []
            for path in glob.glob(os.path.join(docs, "*.schema.json")):
                contents = json.load(open(path))
                resources.append((contents["$id"], referencing.Resource.from_contents(contents)))
            registry = referencing.Registry().with_resources(resources)
            schema = json.load(open(os.path.join(docs, sys.argv[2])))
            jsonschema.Draft202012Validator(schema, registry=registry).validate(json.load(open(sys.argv[3])))
            print("valid")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, CommandLineTests.repositoryRoot.appendingPathComponent("Docs").path, schema, document.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? text : "invalid (\(process.terminationStatus)): \(text)"
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var schema: String
        var status: Int32
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let fileCases: [Case] = [
        Case(arguments: ["list", "--json"], schema: "list.schema.json", status: 0),
        Case(arguments: ["lint", "--json", "Scenarios/example.yaml", "Scoring/runbook.yaml", "Scoring/severity.yaml", "Scoring/policy.yaml"],
             schema: "lint.schema.json", status: 0),
        Case(arguments: ["lint", "--json", "Tests/TabletopCoreTests/Fixtures/broken/bad-duration.yaml", "no/such/file.yaml"],
             schema: "lint.schema.json", status: 1),
    ]

    @Test(arguments: fileCases)
    func listAndLintOutputsAreVersionedAndMatchTheirSchemas(_ example: Case) throws {
        let result = try CommandLineTests.run(example.arguments)
        #expect(result.status == example.status)
        #expect(try Self.object(result.stdout)["format"] as? Int == 1)
        #expect(try Self.validate(result.stdout, schema: example.schema) == "valid\n")
    }

    @Test func historyAndScoreOutputsAreVersionedAndMatchTheirSchemas() throws {
        let data = DrillCommandTests.temporaryFolder()
        for (seed, moves) in [("4", Self.hardFail), ("5", Self.abandoned)] {
            let played = try CommandLineTests.run(["play", "example", "--seed", seed, "--trainee", "ana", "--data-dir", data],
                                                  stdin: moves.joined(separator: "\n") + "\n")
            #expect(played.status == 0)
        }
        let history = try CommandLineTests.run(["history", "--json", "--data-dir", data])
        #expect(history.status == 0)
        #expect(try Self.validate(history.stdout, schema: "history.schema.json") == "valid\n")
        let object = try Self.object(history.stdout)
        #expect(object["format"] as? Int == 1)
        let exercises = try #require(object["exercises"] as? [[String: Any]])
        let ended = try #require(exercises.first { $0["outcome"] as? String == "finished" })
        #expect(ended["provisional"] as? Bool == false)
        #expect(ended["hardFails"] as? [String] == ["destroying-evidence"])
        let unfinished = try #require(exercises.first { $0["outcome"] as? String == "abandoned" })
        #expect(unfinished["provisional"] as? Bool == true, "an abandoned drill can still be resumed and rescored")
        #expect(unfinished["hardFails"] as? [String] == [])

        let score = try CommandLineTests.run(["score", try DrillCommandTests.sessionFile(in: data), "--json"])
        #expect(score.status == 0)
        #expect(try Self.object(score.stdout)["format"] as? Int == 2)
        #expect(try Self.validate(score.stdout, schema: "scorecard.schema.json") == "valid\n")
    }

    @Test func theSchemaCheckCatchesAnOutputThatDoesNotMatch() throws {
        #expect(try Self.validate(#"{"format": 1, "scenarios": [{"id": "x"}]}"#, schema: "list.schema.json") != "valid\n")
        #expect(try Self.validate(#"{"format": 2, "files": []}"#, schema: "lint.schema.json") != "valid\n")
    }
}
