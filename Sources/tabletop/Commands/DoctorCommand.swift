import ArgumentParser
import Foundation
import TabletopCore
import TabletopStore
import TabletopDrill

/// `tabletop doctor`: where everything is found and what is missing, for installs and bug reports.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Show where tabletop finds its files and what is missing.",
        discussion: "Exits 1 when the scenarios or the scoring files cannot be found or do not load; man pages and completion scripts are only reported.")

    @OptionGroup var scenarios: ScenarioOptions
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The data folder to check.", valueName: "dir"), completion: .directory)
    var dataDirectory: String?

    func run() throws {
        let locator = scenarios.locator
        var problems: [String] = []
        let installation = Installation.current
        print("tabletop \(Tabletop.version)")
        row("binary", installation.executable?.path ?? "unknown")
        row("prefix", installation.prefix.map { installation.share == nil ? "\($0.path) (no share/tabletop: not installed)" : $0.path }
            ?? "none (not run from a bin folder)")

        let scenarioFolder = locator.scenariosFolder
        if Installation.isFolder(scenarioFolder.url) {
            let count = locator.scenarioFiles().count
            row("scenarios", "\(scenarioFolder.url.path) (from \(scenarioFolder.origin); \(count) file\(count == 1 ? "" : "s"))")
            if count == 0 { problems.append("no scenario files in \(scenarioFolder.url.path)") }
        } else {
            row("scenarios", "\(scenarioFolder.url.path) (from \(scenarioFolder.origin)): MISSING")
            problems.append("the scenarios folder \(scenarioFolder.url.path) does not exist")
        }

        let scoringFolder = locator.scoringFolder
        let names = ["runbook.yaml", "severity.yaml", "policy.yaml"]
        let missing = names.filter { !FileManager.default.fileExists(atPath: scoringFolder.url.appendingPathComponent($0).path) }
        row("scoring", "\(scoringFolder.url.path) (from \(scoringFolder.origin))" + (missing.isEmpty ? "" : ": MISSING \(missing.joined(separator: ", "))"))
        if !missing.isEmpty { problems.append("scoring files missing in \(scoringFolder.url.path): \(missing.joined(separator: ", "))") }
        if missing.isEmpty, (try? locator.runbook()) == nil { problems.append("the runbook in \(scoringFolder.url.path) does not load (run 'tabletop lint' on it)") }

        let data = DataDirectory.resolve(explicit: dataDirectory)
        row("data", "\(data.root.path)" + (Installation.isFolder(data.root) ? "" : " (created by the first drill)"))
        switch Result(catching: { try HistoryLocation.resolve(nil, defaultPath: data.historyDatabase.path) }) {
        case .success(.postgres(let organisation)): row("history", "\(organisation) (from \(HistoryLocation.environmentVariable))")
        case .failure(let error): problems.append("\(HistoryLocation.environmentVariable): \(error)")
        case .success: row("history", "\(data.historyDatabase.path)" + (FileManager.default.fileExists(atPath: data.historyDatabase.path) ? "" : " (not yet created)"))
        }

        for extra in Installation.extras {
            guard let prefix = installation.prefix, installation.share != nil else {
                row(extra.what, "not installed (run from the build folder; see 'make install')")
                continue
            }
            let path = prefix.appendingPathComponent(extra.path).path
            row(extra.what, path + (FileManager.default.fileExists(atPath: path) ? "" : ": missing"))
        }
        // The bash script works on its own once sourced; only loading it on demand from
        // share/bash-completion/completions needs the bash-completion package.
        let loader = ["/usr/share/bash-completion/bash_completion", "/etc/bash_completion", "/opt/homebrew/etc/profile.d/bash_completion.sh",
                      "/usr/local/etc/profile.d/bash_completion.sh"].first { FileManager.default.fileExists(atPath: $0) }
        row("bash-completion", loader.map { "\($0) (loads the bash completion on demand)" }
            ?? "not installed: add 'source <(tabletop --generate-completion-script bash)' to ~/.bashrc, or install the bash-completion package")

        for problem in problems { Output.error("error: \(problem)") }
        if !problems.isEmpty { throw ExitCodeFailure.invalidInput }
    }

    private func row(_ label: String, _ value: String) {
        print(label.padding(toLength: 31, withPad: " ", startingAt: 0) + value)
    }
}
