import Foundation

/// What the dashboard's templates are given, page by page (`DashboardTemplates` holds the templates).
enum DashboardModels {
    /// The frame of every page.
    struct Layout: Sendable { var title: String; var css: String; var navigationCSS: String; var navigation: String; var body: String }

    /// The links between pages and a note under them.
    struct Navigation: Sendable { var links: [Link]; var note: String? }
    struct Link: Sendable { var href: String; var name: String; var current: Bool }

    /// A page that says what went wrong.
    struct Problem: Sendable { var heading: String; var message: String }

    /// The filter form every list page shares.
    struct Filters: Sendable {
        var action: String; var trainee: String; var from: String; var to: String
        var trainees: [String]; var scenarios: [Choice]; var showBand: Bool; var bands: [Choice]; var provisional: [Choice]
        var showStatus: Bool; var statuses: [Choice]
    }
    struct Choice: Sendable { var value: String; var label: String; var selected: Bool }

    /// The exercises list.
    struct Exercises: Sendable { var summary: String; var filters: String; var rows: [Exercise] }
    struct Exercise: Sendable { var session, trainee, scenario, started, band, outcome: String; var score: Int; var provisional: Bool; var hardFails: [String] }

    /// Scores across attempts.
    struct Trends: Sendable { var summary: String; var filters: String; var rows: [Trend] }
    struct Trend: Sendable { var trainee, scenario, scores, change, css, spark: String; var attempts: Int }

    /// The improvement-plan tracker.
    struct Plan: Sendable { var summary: String; var filters: String; var writable: Bool; var rows: [PlanRow] }
    struct PlanRow: Sendable {
        var anchor, session, scenario, trainee, started, due, dueCSS, status, owner, capability, recommendation, observation: String
        var item: Int; var done: Bool; var changedBy: String?; var changedAt: String?
    }
}
