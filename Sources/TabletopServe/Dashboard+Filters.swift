import TabletopStore

extension Dashboard {
    /// The filter form, its choices (scenarios, bands, trainees) taken from every recorded exercise, sorted.
    func filterForm(action: String, _ filter: DashboardFilter, records: [ExerciseRecord], bands: Bool, statuses: Bool = false) -> String {
        struct Choice: Sendable { var value: String; var label: String; var selected: Bool }
        struct Model: Sendable {
            var action: String; var trainee: String; var from: String; var to: String
            var trainees: [String]; var scenarios: [Choice]; var showBand: Bool; var bands: [Choice]; var provisional: [Choice]
            var showStatus: Bool; var statuses: [Choice]
        }
        func choices(_ values: [String], selected: String?) -> [Choice] {
            values.map { Choice(value: $0, label: $0, selected: $0 == selected) }
        }
        let provisional = filter.provisional.map { $0 ? "yes" : "no" }
        return DashboardTemplates.filters.render(Model(
            action: action, trainee: filter.trainee ?? "", from: filter.from ?? "", to: filter.to ?? "",
            trainees: Set(records.map(\.trainee)).sorted(),
            scenarios: choices(Set(records.map(\.scenario)).sorted(), selected: filter.scenario),
            showBand: bands, bands: choices(Set(records.map(\.band)).sorted(), selected: filter.band),
            provisional: [("", "any"), ("no", "final only"), ("yes", "provisional only")].map {
                Choice(value: $0.0, label: $0.1, selected: $0.0 == (provisional ?? ""))
            },
            showStatus: statuses,
            statuses: [("", "any"), ("open", "open"), ("done", "done")].map { Choice(value: $0.0, label: $0.1, selected: $0.0 == (filter.status ?? "")) }))
    }
}
