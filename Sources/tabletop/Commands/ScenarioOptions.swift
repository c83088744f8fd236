import ArgumentParser
import TabletopDrill

/// Options every command that looks scenarios up shares.
struct ScenarioOptions: ParsableArguments {
    @Option(name: .customLong("scenarios"), help: ArgumentHelp("Folder to look scenarios up in.", valueName: "dir"), completion: .directory)
    var directory: String?

    var locator: Workspace { Workspace.commandLine(scenariosDirectory: directory) }
}
