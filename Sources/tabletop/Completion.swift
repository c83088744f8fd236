import ArgumentParser
import Foundation
import TabletopStore
import TabletopDrill

/// What Tab offers where the command line expects a scenario or a session, beyond swift-argument-parser's
/// generated scripts: ids found on this machine, and paths, since either is accepted.
enum Completion {
    /// `<scenario>`: the ids of the scenarios folder (honouring `--scenarios` on the line), then `.yaml` files and folders.
    @Sendable static func scenarios(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let locator = Workspace.commandLine(scenariosDirectory: value(of: "--scenarios", in: words))
        let ids = locator.scenarioFiles().map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        return idsOrPaths(ids, prefix: prefix, extensions: ["yaml", "yml"])
    }

    /// `<session>`: the session ids of the data folder (honouring `--data-dir`), newest first, then `.jsonl` files and folders.
    @Sendable static func sessions(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let folder = DataDirectory.resolve(explicit: value(of: "--data-dir", in: words)).sessions
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let logs = names.filter { $0.hasSuffix(".jsonl") }.map { name -> (id: String, modified: Date) in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return (String(name.dropLast(".jsonl".count)), attributes?[.modificationDate] as? Date ?? .distantPast)
        }
        // Newest first: the drill just played is the one most often scored, replayed or reported.
        let ids = logs.sorted { $0.modified != $1.modified ? $0.modified > $1.modified : $0.id > $1.id }.map(\.id)
        return idsOrPaths(ids, prefix: prefix, extensions: ["jsonl"])
    }

    /// The ids that start with `prefix`; paths instead when it looks like one (has a `/`, starts with `.`
    /// or `~`) or no id fits, so a bare Tab lists ids without every folder of the current one.
    static func idsOrPaths(_ ids: [String], prefix: String, extensions: [String]) -> [String] {
        let matching = ids.filter { $0.hasPrefix(prefix) }
        let looksLikePath = prefix.contains("/") || prefix.hasPrefix(".") || prefix.hasPrefix("~")
        return looksLikePath || matching.isEmpty ? paths(matching: prefix, extensions: extensions) : matching
    }

    /// Folders (with a trailing slash) and files with one of `extensions` whose path starts with `prefix`,
    /// relative to the current folder as typed. Hidden entries only when the prefix asks for them.
    static func paths(matching prefix: String, extensions: [String]) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let typedFolder = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let folder = typedFolder.isEmpty ? "." : (typedFolder.hasPrefix("~/") ? NSHomeDirectory() + typedFolder.dropFirst() : typedFolder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return names.compactMap { name in
            guard name.hasPrefix(namePrefix), namePrefix.hasPrefix(".") || !name.hasPrefix(".") else { return nil }
            if Installation.isFolder(URL(fileURLWithPath: folder).appendingPathComponent(name)) { return typedFolder + name + "/" }
            return extensions.contains((name as NSString).pathExtension) ? typedFolder + name : nil
        }
    }

    /// The value after `option` (or in `option=value`) on the line being completed.
    static func value(of option: String, in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if word == option, index + 1 < words.count, !words[index + 1].isEmpty { return words[index + 1] }
            if word.hasPrefix(option + "=") { return String(word.dropFirst(option.count + 1)) }
        }
        return nil
    }

    /// The generated bash script, registered with `-o nosort` so bash keeps the order given (sessions
    /// newest first) instead of sorting it. The generated script already keeps `-o filenames`.
    static func adjust(_ script: String) -> String {
        guard script.hasPrefix("#!/bin/bash") else { return script }
        return script.replacingOccurrences(of: "\ncomplete -o filenames -F ", with: "\ncomplete -o filenames -o nosort -F ")
    }
}
