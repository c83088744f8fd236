import Foundation
import TabletopStore

extension Dashboard {
    /// The improvement-plan tracker: every item of the filtered drills, the earliest due first, with its
    /// owner and status now and who changed it last; overdue open items marked.
    public func planPage(_ filter: DashboardFilter) throws -> Page {
        layout("Improvement plan", current: "/plan", body: DashboardTemplates.plan.render(try planModel(filter)))
    }

    /// What the tracker shows for `filter`.
    func planModel(_ filter: DashboardFilter) throws -> DashboardModels.Plan {
        let all = try history.exercises(matching: HistoryFilter(), withSteps: false)
        let items = try history.planItems(matching: filter.history).filter(filter.matches)
        let today = String(now().prefix(10))
        let rows = items.prefix(Self.rowLimit).map { item in
            let overdue = item.status == "open" && !item.plan.due.isEmpty && item.plan.due < today
            return DashboardModels.PlanRow(anchor: Self.anchor(item.session, item.plan.item), session: item.session, scenario: item.scenario, trainee: item.trainee,
                       started: String(item.started.prefix(10)), due: item.plan.due + (overdue ? " (overdue)" : ""), dueCSS: overdue ? "overdue" : "",
                       status: item.status, owner: item.owner, capability: item.plan.capability, recommendation: item.plan.recommendation,
                       observation: item.plan.observation, item: item.plan.item, done: item.status == "done",
                       changedBy: item.changedBy, changedAt: item.changedAt.map(Self.shortTime))
        }
        let open = items.count { $0.status == "open" }
        let overdue = items.count { $0.status == "open" && !$0.plan.due.isEmpty && $0.plan.due < today }
        let summary = "\(items.count) improvement items: \(open) open (\(overdue) overdue), \(items.count - open) done. Earliest due first"
            + (items.count > Self.rowLimit ? "; the first \(Self.rowLimit) shown: filter to narrow." : ".")
        return DashboardModels.Plan(summary: summary, filters: filterForm(action: "/plan", filter, records: all, bands: false, statuses: true),
                                    writable: writable, rows: Array(rows))
    }

    /// A manager's change to an improvement item, from the tracker's form: refused (403) without the right
    /// token, 400 for a form that lacks who or gives an unknown status, 404 for an unknown item; otherwise
    /// recorded with who and when, and nil (the caller sends the manager back to the tracker).
    public func changeItem(session: String, item: Int, form: [String: String]) throws -> Page? {
        guard let token else {
            return problem(403, "Read-only dashboard", "This dashboard was started without a token, so it takes no changes.", current: "/plan")
        }
        guard let given = form["token"], Self.same(given, token) else {
            return problem(403, "Wrong token", "The token is missing or wrong; the change was not made.", current: "/plan")
        }
        let by = (form["by"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let status = form["status"] ?? "open"
        guard !by.isEmpty, by.count <= 200 else {
            return problem(400, "Who is changing it?", "Give your name (up to 200 characters): the history records who made each change.", current: "/plan")
        }
        guard PlanChange.statuses.contains(status) else {
            return problem(400, "Unknown status", "An item's status is open or done.", current: "/plan")
        }
        guard let current = try history.planItems(matching: HistoryFilter()).first(where: { $0.session == session && $0.plan.item == item }) else {
            return problem(404, "No such improvement item", "The history holds no improvement item \(item) of session \(session).", current: "/plan")
        }
        let owner = (form["owner"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard owner.count <= 200 else {
            return problem(400, "Owner too long", "An owner's name has up to 200 characters.", current: "/plan")
        }
        try history.change(PlanChange(session: session, item: item, status: status, owner: owner.isEmpty ? current.owner : owner,
                                      changedBy: by, changedAt: now()))
        return nil
    }

    /// The tracker row's id, for the redirect back to it.
    static func anchor(_ session: String, _ item: Int) -> String {
        "item-\(session)-\(item)"
    }

    /// Compares tokens in time that does not depend on where they differ.
    static func same(_ given: String, _ token: String) -> Bool {
        let a = Array(given.utf8), b = Array(token.utf8)
        var difference = a.count ^ b.count
        for index in 0..<min(a.count, b.count) { difference |= Int(a[index] ^ b[index]) }
        return difference == 0
    }
}
