import HeapModule

/// Events waiting on the simulated clock: a binary heap ordered by due time, then by the order they
/// were scheduled, so taking the first is O(log n) instead of shifting a sorted array (issue 21: a
/// scenario of thousands of injects used to take minutes to reach its first prompt).
///
/// `sequence` numbers are unique, so the order is total and the heap hands events out exactly in the
/// order of the sorted array it replaces. Equality, hashing and the encoded form use that sorted order.
public struct EventQueue: Sendable, Hashable, Codable {
    private var heap = Heap<Entry>()
    /// How many events of each inject are waiting: a look-up only, never iterated for output.
    private var injectCounts: [String: Int] = [:]

    /// An empty queue.
    public init() {}

    /// A queue holding these events.
    public init(_ events: [ScheduledEvent]) {
        for event in events { insert(event) }
    }

    /// The event due first (ties: the one scheduled first).
    public var first: ScheduledEvent? { heap.min?.event }

    /// How many events wait.
    public var count: Int { heap.count }

    /// Whether nothing waits.
    public var isEmpty: Bool { heap.isEmpty }

    /// The events in the order they will be handed out.
    public var sorted: [ScheduledEvent] { heap.unordered.sorted().map(\.event) }

    /// Adds an event.
    public mutating func insert(_ event: ScheduledEvent) {
        heap.insert(Entry(event: event))
        if case .inject(let id) = event.kind { injectCounts[id, default: 0] += 1 }
    }

    /// Takes the event due first.
    @discardableResult
    public mutating func removeFirst() -> ScheduledEvent {
        let event = heap.removeMin().event
        if case .inject(let id) = event.kind {
            let left = (injectCounts[id] ?? 1) - 1
            injectCounts[id] = left > 0 ? left : nil
        }
        return event
    }

    /// Takes one waiting event out (a scheduled action called off). O(n), which a rare command affords;
    /// the others keep their order, as their sequence numbers are untouched.
    public mutating func remove(_ event: ScheduledEvent) {
        heap = Heap(heap.unordered.filter { $0.event != event })
        if case .inject(let id) = event.kind {
            let left = (injectCounts[id] ?? 1) - 1
            injectCounts[id] = left > 0 ? left : nil
        }
    }

    /// The event due first among those that match (ties: the one scheduled first).
    public func first(where matches: (ScheduledEvent) -> Bool) -> ScheduledEvent? {
        heap.unordered.filter { matches($0.event) }.min()?.event
    }

    /// Drops every event that matches.
    public mutating func removeAll(where matches: (ScheduledEvent) -> Bool) {
        self = EventQueue(sorted.filter { !matches($0) })
    }

    /// Whether a delivery of the inject is waiting.
    public func containsInject(_ id: String) -> Bool {
        injectCounts[id] != nil
    }

    public static func == (lhs: EventQueue, rhs: EventQueue) -> Bool {
        lhs.count == rhs.count && lhs.sorted == rhs.sorted
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sorted)
    }

    /// Decodes the sorted array the queue used to be, so saved states read the same.
    public init(from decoder: any Decoder) throws {
        self.init(try [ScheduledEvent](from: decoder))
    }

    /// Encodes the events as a sorted array.
    public func encode(to encoder: any Encoder) throws {
        try sorted.encode(to: encoder)
    }

    /// A heap element: compares by due time, then by sequence.
    private struct Entry: Comparable, Sendable {
        var event: ScheduledEvent

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.event.at, lhs.event.sequence) < (rhs.event.at, rhs.event.sequence)
        }

        static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.event == rhs.event
        }
    }
}
