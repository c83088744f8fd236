import ArgumentParser
import TabletopCore
import TabletopDrill

/// `tabletop runbook`: the 21 steps, for study.
struct RunbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "runbook", abstract: "Print the runbook's steps, for study.")

    @Option(help: ArgumentHelp("Runbook file to print (default: the one in Scoring/).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var runbook: String?

    func run() throws {
        let runbook = try Workspace.commandLine().runbook(path: runbook)
        print(runbook.source)
        for phase in runbook.phases {
            print("\n\(phase.title.uppercased())")
            for step in runbook.steps where step.phase == phase.id {
                let deadline = step.deadline.map { " · within \($0)" } ?? ""
                print("\n\(step.number). \(step.title)  [\(step.slug)]\(deadline)")
                print(Output.wrap(step.summary, indent: 4))
                let evidence = step.evidence.map(\.description).joined(separator: ", ")
                print("    Counts as done: \(evidence)")
                if !step.followThrough.isEmpty {
                    print("    Counts once done: \(step.followThrough.map(\.description).joined(separator: ", "))")
                }
                if step.applies != nil { print("    Applies when: \(step.appliesReason)") }
            }
        }
    }
}
