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
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
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
var index = 0
// With TABLETOP_FUZZ_TRACE=file, each input is written there before it runs, to catch the one that hangs.
let trace = ProcessInfo.processInfo.environment["TABLETOP_FUZZ_TRACE"]
while Date() < deadline {
    let input = mutator.mutate(corpus[index % corpus.count], other: corpus[(index * 7 + 3) % corpus.count])
    if let trace { try? Data(input).write(to: URL(fileURLWithPath: trace)) }
    target.run(input)
    runs += 1
    index += 1
}
print("\(target.rawValue): \(runs) inputs (\(corpus.count) from the corpus), no crash")
#endif
