/// The decision log: the decisions of a drill in order, stored and encoded as a plain array (a saved state
/// reads and writes exactly as before). Its one addition is that, in debug builds, every decision read
/// counts towards the current `WorkMeter`: a test replays logs of two lengths and finds a scan of the
/// whole log per input (quadratic work) by the count, without timing anything (issue 21).
public struct DecisionLog: Sendable, Hashable, Codable, RandomAccessCollection, MutableCollection,
    RangeReplaceableCollection, ExpressibleByArrayLiteral {
    private var items: [Decision]

    /// An empty log.
    public init() { items = [] }

    /// A log of these decisions.
    public init(arrayLiteral elements: Decision...) { items = elements }

    /// Reads the log as the array it is saved as.
    public init(from decoder: any Decoder) throws { items = try [Decision](from: decoder) }

    /// Writes the log as a plain array.
    public func encode(to encoder: any Encoder) throws { try items.encode(to: encoder) }

    /// The first position, 0.
    public var startIndex: Int { 0 }

    /// One past the last position.
    public var endIndex: Int { items.count }

    /// The decision at a position; reading it counts one unit of work in debug builds.
    public subscript(position: Int) -> Decision {
        get {
            WorkMeter.count(1)
            return items[position]
        }
        _modify { yield &items[position] }
    }

    /// Replaces a range of decisions (`append` and the other changes of a collection go through here).
    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C) where C.Element == Decision {
        items.replaceSubrange(subrange, with: newElements)
    }

    /// Makes room for `capacity` decisions.
    public mutating func reserveCapacity(_ capacity: Int) { items.reserveCapacity(capacity) }
}
