import Foundation
import TabletopCore
import TabletopReports
import TabletopShell
import TabletopDrill

/// Standard output on a terminal: colour and width, and lines written at once.
extension Output {
    /// A renderer for standard output: colour only on a terminal and never with NO_COLOR.
    static func renderer() -> Renderer {
        let environment = ProcessInfo.processInfo.environment
        let color = Renderer.wantsColor(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
        return Renderer(color: color, width: terminalWidth(), followsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col), 120)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return min(columns, 120) }
        return 80
    }

    /// Wall-clock time for the log, ISO 8601 in UTC.
    static func now() -> String {
        WallTime.string(from: Date())
    }

    /// Prints a line to standard output at once (so it is not reordered around errors). It may quote
    /// paths, ids and names from anywhere, so it is made inert (`TerminalText.block`).
    static func printLine(_ text: String) {
        printRendered(TerminalText.block(text))
    }

    /// Prints text a renderer made (already inert, with its own colour codes) at once.
    static func printRendered(_ text: String) {
        // `try?`: a full disk or a closed pipe behind standard output must not crash the drill.
        try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
    }
}
