import Foundation
import Yams

/// Warns about relative time phrases ("40 minutes ago", "last night", "yesterday") in text the trainee
/// may read at any moment of the drill: asset findings, facts, people's answers, responses and the
/// values of variables. Such text is true at the start and goes stale as the clock moves ("last used
/// 40 minutes ago" read six hours later); a clock time ("last used at 13:20") stays true. Injects are
/// left alone: an alert is read at the moment it arrives, when its "an hour ago" is right.
///
/// It reads the file as written (before `{{variables}}` are substituted), so that the column points
/// at the phrase in the file.
struct RelativeTimeCheck {
    let root: Node
    let collector: DiagnosticCollector
    /// The start's day of the week (1 = Sunday), for suggesting "on Monday" for "yesterday".
    private var weekday: Int?

    init(root: Node, collector: DiagnosticCollector) {
        self.root = root
        self.collector = collector
    }

    /// The top-level sections whose texts are shown at arbitrary times, and the keys holding such text
    /// in them (nil: every string, as in a variable's values).
    static let sections: [(key: String, textKeys: Set<String>?)] = [
        ("variables", nil), ("facts", ["text"]), ("cast", ["text", "default_answer"]),
        ("assets", ["text", "inspect", "logs"]), ("responses", ["text"]),
    ]

    /// Counts of minutes or hours as authors write them.
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
        "forty-five": 45, "fifty": 50, "a few": 0, "few": 0, "several": 0, "a couple of": 2,
    ]

    /// "40 minutes ago", "an hour ago", "a few minutes ago".
    static let agoPattern = try! NSRegularExpression(
        pattern: #"\b(\d+|a couple of|a few|[a-z]+(?:-[a-z]+)?)\s+(minutes?|mins?|hours?|hrs?)\s+ago\b"#, options: [.caseInsensitive])
    /// Day-relative words: true on the day they were written for.
    static let dayPattern = try! NSRegularExpression(
        pattern: #"\b(last night|this morning|this afternoon|this evening|tonight|yesterday|earlier today)\b"#,
        options: [.caseInsensitive])

    mutating func run() {
        guard case .mapping(let top) = root else { return }
        let start = Self.startMinutes(top)
        weekday = Self.startWeekday(top)
        for (key, textKeys) in Self.sections {
            guard let section = top.first(where: { $0.key.scalar?.string == key })?.value else { continue }
            visit(section, textKeys: textKeys, shown: textKeys == nil, start: start)
        }
    }

    /// Walks the section; `shown` is true under a key whose value is text the trainee reads.
    private func visit(_ node: Node, textKeys: Set<String>?, shown: Bool, start: Int?) {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                visit(value, textKeys: textKeys, shown: textKeys.map { $0.contains(name) } ?? true, start: start)
            }
        case .sequence(let sequence):
            // A list under a text key (`topics`) is not text; lists of entries are walked as such.
            for item in sequence { visit(item, textKeys: textKeys, shown: textKeys == nil && shown, start: start) }
        case .scalar(let scalar) where shown:
            check(scalar.string, in: node, start: start)
        default: break
        }
    }

    private func check(_ text: String, in node: Node, start: Int?) {
        let range = NSRange(text.startIndex..., in: text)
        for match in Self.agoPattern.matches(in: text, range: range) {
            guard let whole = Range(match.range, in: text), let countRange = Range(match.range(at: 1), in: text),
                  let unitRange = Range(match.range(at: 2), in: text) else { continue }
            let count = text[countRange].lowercased()
            guard let amount = Int(count) ?? Self.numbers[count] else { continue }
            let minutes = amount * (text[unitRange].lowercased().hasPrefix("h") ? 60 : 1)
            let clock = start.flatMap { start in amount > 0 ? Self.clockTime(start - minutes) : nil }
            warn(String(text[whole]), at: whole, in: text, node: node,
                 suggestion: clock.map { "'at \($0)'" } ?? "the clock time it happened ('at 13:20')")
        }
        for match in Self.dayPattern.matches(in: text, range: range) {
            guard let whole = Range(match.range, in: text) else { continue }
            let phrase = text[whole].lowercased()
            let before = phrase == "yesterday" || phrase == "last night"
            let day = weekday.map { Self.dayNames[(($0 - 1 + (before ? 6 : 0)) % 7)] }
            let suggestion = day.map { day in phrase == "last night" ? "'at 23:40 on \(day)'" : "'on \(day)'" }
            warn(String(text[whole]), at: whole, in: text, node: node,
                 suggestion: suggestion ?? "the day and time it happened ('at 23:40 on Monday')")
        }
    }

    private func warn(_ phrase: String, at range: Range<String.Index>, in text: String, node: Node, suggestion: String) {
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        collector.warning("'\(phrase)' is relative to when the text is read, and this text can be read at any time of the drill, "
                          + "when it is no longer true; write \(suggestion) instead", at: node.location(atOffset: offset))
    }

    /// The start's minutes since midnight (`start: 2026-03-10T14:05`), or nil.
    static func startMinutes(_ top: Node.Mapping) -> Int? {
        guard let start = top.first(where: { $0.key.scalar?.string == "start" })?.value.scalar?.string,
              let t = start.firstIndex(of: "T") else { return nil }
        let parts = start[start.index(after: t)...].split(separator: ":").prefix(2).compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
    }

    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// The start's day of the week (1 = Sunday … 7 = Saturday), or nil when the date cannot be read.
    static func startWeekday(_ top: Node.Mapping) -> Int? {
        guard let start = top.first(where: { $0.key.scalar?.string == "start" })?.value.scalar?.string else { return nil }
        let parts = start.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)) else { return nil }
        return calendar.component(.weekday, from: date)
    }

    /// "13:20" for minutes since midnight (wrapping to the day before).
    static func clockTime(_ minutes: Int) -> String {
        let wrapped = ((minutes % 1440) + 1440) % 1440
        return String(format: "%02d:%02d", wrapped / 60, wrapped % 60)
    }
}
