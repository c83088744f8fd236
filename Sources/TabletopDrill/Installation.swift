import Foundation

/// Where an installed `tabletop` keeps its files: the binary in `<prefix>/bin`, its data in
/// `<prefix>/share/tabletop`, man pages and completion scripts where `man` and the shells look.
/// The binary finds them relative to itself, so an install needs no environment variable.
public struct Installation: Sendable {
    /// The running binary, with symbolic links resolved (a link on the PATH still finds the real prefix).
    public let executable: URL?

    /// The installation of the binary at `executable`.
    public init(executable: URL?) {
        self.executable = executable
    }

    /// The running binary's installation.
    public static let current = Installation(executable: runningExecutable())

    /// The running binary's path, links resolved. On Linux it is read from `/proc/self/exe`: Foundation's
    /// `Bundle.main` lists the binary's whole folder to look for resources, which is a thousand entries in
    /// `/usr/bin` (issue 21, startup).
    private static func runningExecutable() -> URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).resolvingSymlinksInPath()
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// `<prefix>`, the parent of the binary's `bin` folder, when the binary sits in a `bin` folder.
    public var prefix: URL? {
        guard let folder = executable?.deletingLastPathComponent(), folder.lastPathComponent == "bin" else { return nil }
        return folder.deletingLastPathComponent()
    }

    /// `<prefix>/share/tabletop`, when it exists (a binary run from the build folder has none).
    public var share: URL? {
        guard let share = prefix?.appendingPathComponent("share/tabletop") else { return nil }
        return Self.isFolder(share) ? share : nil
    }

    /// The man pages, completion scripts and documents an install puts under `<prefix>/share`,
    /// as (what, path relative to the prefix).
    public static let extras: [(what: String, path: String)] = [
        ("man page tabletop(1)", "share/man/man1/tabletop.1"),
        ("man page tabletop-scenario(5)", "share/man/man5/tabletop-scenario.5"),
        ("bash completion", "share/bash-completion/completions/tabletop"),
        ("zsh completion", "share/zsh/site-functions/_tabletop"),
        ("fish completion", "share/fish/vendor_completions.d/tabletop.fish"),
        ("licence and notice", "share/doc/tabletop/NOTICE"),
    ]

    /// Whether a path is an existing folder.
    public static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
