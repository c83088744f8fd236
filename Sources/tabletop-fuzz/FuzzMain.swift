import Foundation
import TabletopFuzzing

// Two ways to run:
// - libFuzzer (coverage-guided): build with `-sanitize=fuzzer -parse-as-library -DFUZZING`, choose the
//   target with TABLETOP_FUZZ_TARGET, and pass libFuzzer's own options (see Fuzz/README.md).
// - Without libFuzzer: `tabletop-fuzz <target> <corpus folder> [seconds]` runs the corpus, then random
//   mutations of it for the given time, and prints how many inputs it ran.

#if FUZZING
let fuzzTarget = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["TABLETOP_FUZZ_TARGET"] ?? "") ?? .loader

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's entry for programs that bring their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main`; hand it to libFuzzer's driver.
@_cdecl("tabletop_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
@main
struct FuzzRunner {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3, let target = FuzzTarget(rawValue: arguments[1]) else {
            FileHandle.standardError.write(Data("usage: tabletop-fuzz <\(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|"))> <corpus folder> [seconds]\n".utf8))
            exit(2)
        }
        let folder = URL(fileURLWithPath: arguments[2])
        let seconds = arguments.count > 3 ? Double(arguments[3]) ?? 0 : 0
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        let corpus = names.compactMap { try? Data(contentsOf: folder.appendingPathComponent($0)) }.map { [UInt8]($0) }
        guard !corpus.isEmpty else {
            FileHandle.standardError.write(Data("no inputs in \(folder.path)\n".utf8))
            exit(2)
        }
        for input in corpus { target.run(input) }
        var runs = corpus.count
        var mutator = Mutator(seed: UInt64(Date().timeIntervalSince1970))
        let deadline = Date().addingTimeInterval(seconds)
        // With TABLETOP_FUZZ_TRACE=file, each input is written there before it runs, to catch the one that hangs.
        let trace = ProcessInfo.processInfo.environment["TABLETOP_FUZZ_TRACE"]
        var index = 0
        while Date() < deadline {
            let input = mutator.mutate(corpus[index % corpus.count], other: corpus[(index * 7 + 3) % corpus.count])
            if let trace { try? Data(input).write(to: URL(fileURLWithPath: trace)) }
            target.run(input)
            runs += 1
            index += 1
        }
        print("\(target.rawValue): \(runs) inputs (\(corpus.count) from the corpus), no crash")
    }
}
#endif
