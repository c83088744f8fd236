import Foundation
import TabletopCore

/// Finds and reads scenario test plans on disk: `<scenarios>/plans/<id>.plans.yaml`, each playing
/// `<scenarios>/<id>.yaml`, with scripts named relative to the plans file.
public enum PlanFiles {
    /// The plans files of a scenarios folder, sorted by name; empty when it has none.
    public static func discover(in scenarios: URL) -> [URL] {
        let folder = scenarios.appendingPathComponent("plans")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".plans.yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Loads one plans file, reading the scripts it names.
    public static func load(_ url: URL) -> LoadResult<PlanSet> {
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
        let base = url.deletingLastPathComponent()
        return PlanLoader.load(path: url.path, bytes: bytes) { name in
            guard let text = try? String(contentsOf: base.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return PlanLoader.scriptLines(text)
        }
    }

    /// The scenario file a plans file plays: `<scenarios>/<id>.yaml` beside its `plans/` folder.
    public static func scenarioURL(for set: PlanSet, plansFile: URL) -> URL {
        plansFile.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("\(set.scenario).yaml")
    }
}
