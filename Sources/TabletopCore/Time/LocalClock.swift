import Foundation

/// The scenario's simulated wall clock: turns offsets from the start into local days and times in the
/// scenario's time zone (`Tue 09:40`), and local times typed by the trainee (`18:00`, `Fri 10:00`)
/// back into offsets. Computed from `start` and `timezone` alone, never from the machine's clock, so
/// that the same drill shows the same times everywhere.
public struct LocalClock: Sendable, Hashable {
    /// The moment the drill starts.
    private let startDate: Date
    /// A Gregorian calendar in the scenario's time zone.
    private let calendar: Calendar

    /// Day names as the shell shows and reads them, Sunday first as `Calendar` numbers weekdays.
    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// The clock of a scenario starting at `start`; UTC and 1970-01-01 stand in for values the loader
    /// would have refused, so that a hand-built scenario still renders.
    public init(start: SimulatedStart) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: start.timeZone) ?? TimeZone(identifier: "UTC")!
        self.calendar = calendar
        let parts = start.local.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        let fields = parts.count == 5 ? parts : [1970, 1, 1, 0, 0]
        let components = DateComponents(year: fields[0], month: fields[1], day: fields[2], hour: fields[3], minute: fields[4])
        startDate = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The local moment `offset` after the start.
    private func components(at offset: SimDuration) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: startDate.addingTimeInterval(TimeInterval(offset.seconds)))
    }

    /// Day and time, `Tue 09:40`.
    public func dayAndTime(at offset: SimDuration) -> String {
        let parts = components(at: offset)
        return "\(Self.dayNames[(parts.weekday ?? 1) - 1]) \(Self.pad(parts.hour ?? 0)):\(Self.pad(parts.minute ?? 0))"
    }

    /// Day, time and offset, `Tue 09:40 (T+00:00)`: how prompts, injects and timelines show a moment.
    public func stamp(at offset: SimDuration) -> String {
        "\(dayAndTime(at: offset)) (T+\(offset.clock))"
    }

    /// The local date and time in ISO 8601 without a zone, `2026-05-12T09:40`, for machine-read reports.
    public func iso(at offset: SimDuration) -> String {
        let parts = components(at: offset)
        return "\(parts.year ?? 1970)-\(Self.pad(parts.month ?? 1))-\(Self.pad(parts.day ?? 1))T\(Self.pad(parts.hour ?? 0)):\(Self.pad(parts.minute ?? 0))"
    }

    /// The offset of the first moment at or after `now` that `time` names: today's `18:00`, or the
    /// coming Friday's `10:00` (today when today is Friday). An error, in words, when that moment has
    /// already passed.
    public func offset(of time: LocalTime, after now: SimDuration) -> Result<SimDuration, InputError> {
        if let elapsed = time.elapsed {
            guard elapsed >= now else { return .failure(InputError("\(time) has already passed: it is \(stamp(at: now)) now")) }
            return .success(elapsed)
        }
        let today = components(at: now)
        let daysAhead = time.weekday.map { (($0 - (today.weekday ?? 1)) % 7 + 7) % 7 } ?? 0
        let target = DateComponents(year: today.year, month: today.month, day: today.day, hour: time.hour, minute: time.minute)
        guard let day = calendar.date(from: target), let date = calendar.date(byAdding: .day, value: daysAhead, to: day) else {
            return .failure(InputError("'\(time)' is not a time on the drill's calendar"))
        }
        let seconds = Int(date.timeIntervalSince(startDate).rounded())
        guard seconds >= now.seconds else {
            let next = time.weekday == nil ? "; say a day too, such as '\(Self.dayNames[(today.weekday ?? 1) % 7]) \(time.clockText)'" : ""
            return .failure(InputError("\(time) has already passed: it is \(dayAndTime(at: now)) now\(next)"))
        }
        return .success(SimDuration(seconds: seconds))
    }

    /// The offset of `hour`:00 on the local day `daysBefore` days before the day of `now` ("yesterday afternoon" is one day
    /// before at 12:00); never before the start.
    public func offset(daysBefore: Int, hour: Int, from now: SimDuration) -> SimDuration {
        let today = components(at: now)
        let target = DateComponents(year: today.year, month: today.month, day: today.day, hour: hour, minute: 0)
        guard let day = calendar.date(from: target), let date = calendar.date(byAdding: .day, value: -daysBefore, to: day) else { return .zero }
        return SimDuration(seconds: max(0, Int(date.timeIntervalSince(startDate).rounded())))
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A local time of day, with an optional day of the week: `18:00`, `Fri 10:00`; or a moment of the
/// drill's own clock, `T+2h` (how prompts and timelines show time), which needs no calendar.
public struct LocalTime: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `Calendar`'s weekday, 1 (Sunday) to 7 (Saturday); nil for "today".
    public var weekday: Int?
    /// 0 to 23.
    public var hour: Int
    /// 0 to 59.
    public var minute: Int
    /// For `T+2h`: the time since the drill began; the other fields are then unused.
    public var elapsed: SimDuration?

    /// Parses `18:00`, `9:05`, `Fri 10:00`, `friday 10:00`, and `T+2h`, `T+1h30m`, `T+02:00`; nil
    /// for anything else.
    public init?(parsing text: String) {
        if text.lowercased().hasPrefix("t+") {
            guard let elapsed = Self.elapsed(String(text.dropFirst(2))) else { return nil }
            (weekday, hour, minute, self.elapsed) = (nil, 0, 0, elapsed)
            return
        }
        let words = text.split(separator: " ")
        guard (1...2).contains(words.count) else { return nil }
        if words.count == 2 {
            let day = words[0].lowercased()
            guard day.count >= 3, let index = LocalClock.dayNames.firstIndex(where: { day.hasPrefix($0.lowercased()) }),
                  Self.dayWords[index].hasPrefix(day) else { return nil }
            weekday = index + 1
        }
        let clock = words[words.count - 1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, (1...2).contains(clock[0].count), clock[1].count == 2,
              clock.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), hour < 24, minute < 60 else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `2h`, `1h30m` or `02:00` (hours and minutes, as `T+` offsets are shown).
    private static func elapsed(_ text: String) -> SimDuration? {
        if let duration = SimDuration(parsing: text.lowercased()) { return duration }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...4).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60 else { return nil }
        return .minutes(hours * 60 + minutes)
    }

    private static let dayWords = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// `18:00`.
    var clockText: String { "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)" }

    /// `Fri 10:00` or `18:00`.
    public var description: String {
        if let elapsed { return "T+\(elapsed.clock)" }
        return (weekday.map { LocalClock.dayNames[$0 - 1] + " " } ?? "") + clockText
    }
}

extension Scenario {
    /// The scenario's simulated wall clock.
    public var localClock: LocalClock { LocalClock(start: start) }
}
