import TabletopStore

extension Dashboard {
    /// The filter form, its choices (scenarios, bands, trainees) taken from every recorded exercise, sorted.
    func filterForm(action: String, _ filter: DashboardFilter, records: [ExerciseRecord], bands: Bool, statuses: Bool = false) -> String {
        DashboardTemplates.filters.render(filterModel(action: action, filter, records: records, bands: bands, statuses: statuses))
    }

    /// What the filter form shows.
    func filterModel(action: String, _ filter: DashboardFilter, records: [ExerciseRecord], bands: Bool, statuses: Bool = false) -> DashboardModels.Filters {
        typealias Choice = DashboardModels.Choice
        func choices(_ values: [String], selected: String?) -> [Choice] {
            values.map { Choice(value: $0, label: $0, selected: $0 == selected) }
        }
        let provisional = filter.provisional.map { $0 ? "yes" : "no" }
        return DashboardModels.Filters(
            action: action, trainee: filter.trainee ?? "", from: filter.from ?? "", to: filter.to ?? "",
            trainees: Set(records.map(\.trainee)).sorted(),
            scenarios: choices(Set(records.map(\.scenario)).sorted(), selected: filter.scenario),
            showBand: bands, bands: choices(Set(records.map(\.band)).sorted(), selected: filter.band),
            provisional: [("", "any"), ("no", "final only"), ("yes", "provisional only")].map {
                Choice(value: $0.0, label: $0.1, selected: $0.0 == (provisional ?? ""))
            },
            showStatus: statuses,
            statuses: [("", "any"), ("open", "open"), ("done", "done")].map { Choice(value: $0.0, label: $0.1, selected: $0.0 == (filter.status ?? "")) })
    }
}
