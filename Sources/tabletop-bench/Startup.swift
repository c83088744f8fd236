import Foundation

/// Whole `tabletop` processes at the start of a drill: peak memory, time to the first prompt beside a bare
/// Swift program's, and a scored drill played from a script to its debrief and HTML report.
enum Startup {
    static func measure(tabletop: URL, floor: URL, root: URL, runs: Int) throws {
        let dataFolder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-bench-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dataFolder) }
        let expert = root.appendingPathComponent("Scenarios/walkthroughs/breach-expert-seed1.script").path
        let play = ["play", "breach", "--script", expert, "--seed", "7", "--data-dir", dataFolder.path]
        // First: getrusage's RUSAGE_CHILDREN is the largest child so far.
        let memory = try ChildProcess.peakMemory(tabletop, arguments: play)
        print(String(format: "drill memory: peak resident %.1f MB for 'play breach' with the expert walkthrough; bar 50 MB: %@", memory, verdict(memory <= 50)))
        let promptRuns = max(15, runs)
        // Alternated, so that a noisy stretch of the machine weighs on both alike.
        var prompts: [Double] = [], minimals: [Double] = []
        for _ in 0..<promptRuns {
            prompts.append(try ChildProcess.timeToMarker(tabletop, arguments: ["play", "breach", "--seed", "1", "--data-dir", dataFolder.path], marker: "sev?] > "))
            minimals.append(try ChildProcess.timeToMarker(floor, arguments: [], marker: "sev?] > "))
        }
        let prompt = median(prompts), minimal = median(minimals)
        print("first prompt of 'tabletop play breach' in a pseudo-terminal: \(format(prompt)) (floor, a bare Swift program: \(format(minimal)); \(ratio(prompt, minimal)); medians of \(promptRuns)); bars 50 ms and 3×: \(verdict(prompt <= 0.05)), \(verdict(prompt <= 3 * minimal))")
        let inputs = ((try? String(contentsOfFile: expert, encoding: .utf8)) ?? "").split(separator: "\n").count { !$0.hasPrefix("#") && !$0.isEmpty }
        let drillRuns = max(7, runs)
        let drill = median(try (0..<drillRuns).map { _ in try ChildProcess.time(tabletop, arguments: play) })
        print("a scored drill, 'play breach --script' of the expert walkthrough (\(inputs) inputs) to its debrief and report: \(format(drill)) (median of \(drillRuns); \(ratio(drill, minimal)) the floor's first prompt); bar 40 ms: \(verdict(drill <= 0.04))")
    }
}
