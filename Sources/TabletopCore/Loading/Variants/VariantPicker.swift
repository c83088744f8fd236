/// The documented, seed-driven choices of a scenario's variants (Scenarios/FORMAT.md, "Variants").
///
/// Both depend only on the seed and on ids written in the file, never on the order of anything else,
/// so a drill replays to the same picks and the same inject times.
public enum VariantPicker {
    /// FNV-1a, 64 bits, of the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    /// The index of the value variable `variable` of scenario `scenario` takes at `seed`, among `count`:
    /// `(seed - 1 + h) mod count` with `h = FNV-1a-64("<scenario>/<variable>")`, so consecutive seeds walk
    /// through every value (seeds 1, 2 and 3 pick three different values of a 3-valued variable).
    public static func index(seed: UInt64, scenario: String, variable: String, count: Int) -> Int {
        guard count > 0 else { return 0 }
        let n = UInt64(count)
        let hash = fnv1a64("\(scenario)/\(variable)") % n
        // seed - 1 wraps for seed 0, which must still pick a value: add n - 1 instead of subtracting 1.
        return Int((seed % n + (n - 1) + hash) % n)
    }

    /// The shift in whole minutes of inject `inject` with `jitter: bound`, drawn in [-bound, +bound] from a
    /// SplitMix64 generator seeded with `seed ^ FNV-1a-64("<scenario>/<inject>")`.
    public static func jitterMinutes(seed: UInt64, scenario: String, inject: String, bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        var random = SeededRandom(seed: seed ^ fnv1a64("\(scenario)/\(inject)"))
        return Int(random.next() % UInt64(2 * bound + 1)) - bound
    }
}
