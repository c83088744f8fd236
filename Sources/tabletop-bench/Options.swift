import Foundation

/// The bench's command line: `tabletop-bench [--only <group>[,<group>…]] [--runs N] [--tabletop PATH] [--list]`.
/// `BENCH_ONLY` and `BENCH_RUNS` in the environment mean the same (older scripts use them).
struct BenchOptions {
    /// The groups, in the order a full run measures them.
    static let groups: [(name: String, what: String)] = [
        ("startup", "drill memory, first prompt against a bare Swift program, a scored scripted drill (tabletop processes)"),
        ("load", "lint and load times of the shipped scenarios and the runbook"),
        ("step", "engine time per input on a generated scenario (mean and p99)"),
        ("injects", "generated scenarios of 200, 2,000 and 10,000 injects to the first prompt"),
        ("logs", "replay --check, score and verify of logs of 10k, 50k and 100k lines, time per line"),
        ("rescoring", "rescoring 10,000 recorded sessions against decoding their lines"),
        ("history", "listing 10,000 exercises from the history store in process"),
        ("cohorts", "cohort report of 1,000 sessions, history import and history --json of 10,000 (tabletop processes)"),
        ("team", "a team drill's broadcast to 50 participants, clear and over TLS"),
        ("serve", "the web dashboard's pages over 1,000 recorded sessions, fetched over loopback (a tabletop serve process)"),
        ("backends", "the history's backends compared: SQLite, and PostgreSQL when TABLETOP_BENCH_POSTGRES_URL is set"),
    ]

    /// The groups to run.
    var selected: Set<String>
    /// Runs of each timed figure (at least 5 unless asked otherwise).
    var runs: Int
    /// The `tabletop` binary the process groups time, when not the one built beside the bench: the
    /// shipped build links the Swift runtime statically (`make release`), which the bench's build does not.
    var tabletop: String?

    init(arguments: [String], environment: [String: String]) throws {
        var only = environment["BENCH_ONLY"].map { [$0] } ?? []
        var runs = environment["BENCH_RUNS"].flatMap(Int.init) ?? 5
        var tabletop: String?
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--only":
                guard let value = rest.popFirst() else { throw BenchError("--only needs a group: \(Self.names)") }
                only.append(value)
            case "--runs":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { throw BenchError("--runs needs a positive number") }
                runs = value
            case "--tabletop":
                guard let value = rest.popFirst(), FileManager.default.isExecutableFile(atPath: value) else {
                    throw BenchError("--tabletop needs the path of a tabletop binary")
                }
                tabletop = value
            case "--list":
                for group in Self.groups { print("\(group.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(group.what)") }
                exit(0)
            case "-h", "--help":
                print("usage: tabletop-bench [--only <group>[,<group>…]] [--runs N] [--tabletop PATH] [--list]\ngroups: \(Self.names)")
                exit(0)
            default: throw BenchError("unknown argument '\(argument)'; usage: tabletop-bench [--only <group>] [--runs N] [--tabletop PATH] [--list]")
            }
        }
        // `scaling` is the old name of the two curves.
        let names = only.flatMap { $0.split(separator: ",").map(String.init) }.flatMap { $0 == "scaling" ? ["injects", "logs"] : [$0] }
        for name in names where !Self.groups.contains(where: { $0.name == name }) {
            throw BenchError("no group '\(name)'; the groups are \(Self.names)")
        }
        selected = names.isEmpty ? Set(Self.groups.map(\.name)) : Set(names)
        self.runs = runs
        self.tabletop = tabletop
    }

    static var names: String { groups.map(\.name).joined(separator: ", ") }

    /// Whether the group runs.
    func wants(_ group: String) -> Bool { selected.contains(group) }
}
