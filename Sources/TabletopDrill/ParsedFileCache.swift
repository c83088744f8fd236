import Foundation
import TabletopCore

/// Scenario and scoring files parsed once per process, keyed by the SHA-256 of their bytes (and of the
/// runbook they were checked against): a cohort report or `history import` of a thousand sessions used
/// to parse the same runbook, scenario, policy and matrix a thousand times (about 40% of its CPU, issue 21).
/// Only files that loaded are kept; a broken file is parsed again so its diagnostics are printed again.
public final class ParsedFileCache: @unchecked Sendable {
    /// The process's cache.
    public static let shared = ParsedFileCache()

    private let lock = NSLock()
    // Look-ups only, never iterated: the order of a Dictionary does not reach any output.
    private var values: [String: any Sendable] = [:]

    /// The value cached under the kind and content hash, or the one `load` gives (kept when not nil).
    public func value<Value: Sendable>(_ kind: String, hash: String, load: () throws -> Value?) rethrows -> Value? {
        let key = kind + ":" + hash
        if let cached = lock.withLock({ values[key] }) as? Value { return cached }
        guard let value = try load() else { return nil }
        lock.withLock { values[key] = value }
        return value
    }
}
