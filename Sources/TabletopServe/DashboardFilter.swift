import Foundation
import TabletopStore

/// The filters of the dashboard's pages, from GET query parameters: trainee, scenario, a date range
/// (`from`, `to`: ISO dates, inclusive), band, provisional (`yes` or `no`) and, for the tracker, status.
/// Empty parameters are no filter, so a submitted form with blank fields shows everything.
public struct DashboardFilter: Sendable, Hashable {
    public var trainee: String?
    public var scenario: String?
    public var from: String?
    public var to: String?
    public var band: String?
    public var provisional: Bool?
    /// The tracker's: `open` or `done`.
    public var status: String?

    public init(trainee: String? = nil, scenario: String? = nil, from: String? = nil, to: String? = nil, band: String? = nil,
                provisional: Bool? = nil, status: String? = nil) {
        self.trainee = trainee
        self.scenario = scenario
        self.from = from
        self.to = to
        self.band = band
        self.provisional = provisional
        self.status = status
    }

    /// The filter a page's query asks for; `value(name)` gives a parameter's text.
    public init(_ value: (String) -> String?) {
        func text(_ name: String) -> String? {
            value(name).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        self.init(trainee: text("trainee"), scenario: text("scenario"), from: text("from"), to: text("to"), band: text("band"),
                  provisional: text("provisional").flatMap { ["yes": true, "no": false][$0] }, status: text("status"))
    }

    /// What the history can filter itself: trainee, scenario and the start of the range.
    var history: HistoryFilter {
        HistoryFilter(trainee: trainee, scenario: scenario, since: from)
    }

    /// Whether a drill passes the filters the history cannot apply: the end of the range (a drill started
    /// on `to` counts), band and provisional.
    func matches(_ record: ExerciseRecord) -> Bool {
        if let to, record.started.prefix(10) > to.prefix(10) { return false }
        if let band, record.band != band { return false }
        if let provisional, record.provisional != provisional { return false }
        return true
    }

    /// Whether an improvement item passes the end of the range and the status filter.
    func matches(_ item: TrackedItem) -> Bool {
        if let to, item.started.prefix(10) > to.prefix(10) { return false }
        if let status, item.status != status { return false }
        return true
    }

    /// The same filters as a query string (`?trainee=…`), for links between pages; empty for none.
    var query: String {
        let pairs: [(String, String?)] = [("trainee", trainee), ("scenario", scenario), ("from", from), ("to", to), ("band", band),
                                          ("provisional", provisional.map { $0 ? "yes" : "no" })]
        let parts = pairs.compactMap { name, value in value.map { "\(name)=\(Self.percentEncoded($0))" } }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// A query value with everything but unreserved characters percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
