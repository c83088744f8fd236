import Foundation
import TabletopCore
import TabletopDrill
import TabletopReports
import TabletopStore

/// `report --format record`: the exercise record for auditors, with each improvement item's status from
/// the history's tracker and the control references of the organisation's own mapping file.
extension ReportCommand {
    /// The environment variable that names the organisation when `--organisation` is not given.
    static let organisationVariable = "TABLETOP_ORGANISATION"

    /// The record of `reports`: the organisation from `--organisation`, else `TABLETOP_ORGANISATION`, else
    /// a blank to fill in; statuses from the history (`--db`, else the default); references from `--controls`.
    func record(_ reports: [SessionReport], setup: Workspace) throws -> String {
        let environment = ProcessInfo.processInfo.environment[Self.organisationVariable].map { $0.trimmingCharacters(in: .whitespaces) }
        let (name, source): (String?, String) = if let organisation {
            (organisation, "--organisation")
        } else if let environment, !environment.isEmpty {
            (environment, Self.organisationVariable)
        } else {
            (nil, "")
        }
        let (tracker, trackerSource) = trackedStatuses(of: reports, setup: setup)
        let context = AuditRecordContext(organisation: name.map(TerminalText.inline), organisationSource: source, controls: try controlMapping(for: reports),
                                         tracker: tracker, trackerSource: trackerSource, generated: Output.now())
        return AuditRecordHTML.render(reports, context: context)
    }

    /// The `--controls` file, checked against the runbook's phases and steps; none without the option.
    private func controlMapping(for reports: [SessionReport]) throws -> ControlMapping {
        guard let controls else { return ControlMapping() }
        guard let data = FileManager.default.contents(atPath: controls), let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(controls): error: cannot read the control mapping (a UTF-8 text file)")
        }
        let card = reports.first?.scorecard
        switch ControlMapping.parse(text, path: controls, phases: card?.capabilities.map(\.phase) ?? [], steps: card?.steps.map(\.number) ?? []) {
        case .success(let mapping): return mapping
        case .failure(let error): throw CommandFailure(error.message)
        }
    }

    /// The tracker's items of the drills, and which history they came from; nil (with a warning) when the
    /// history cannot be read: the record then says every status is unknown rather than passing for open.
    private func trackedStatuses(of reports: [SessionReport], setup: Workspace) -> ([TrackedStatus]?, String) {
        let sessions = Set(reports.map(\.session))
        var where_ = db ?? "the default history"
        do {
            let location = try HistoryLocation.resolve(db, defaultPath: setup.data.historyDatabase.path)
            guard location.mayHoldRecords else {
                Output.error("warning: no history at \(location.description): the record says every improvement item is untracked")
                return ([], location.description)
            }
            let history = try location.open(readOnly: true)
            where_ = history.location
            let items = try history.planItems(matching: HistoryFilter()).filter { sessions.contains($0.session) }
            return (items.map {
                TrackedStatus(session: $0.session, item: $0.plan.item, owner: $0.owner, due: $0.plan.due, status: $0.status,
                              changedBy: $0.changedBy, changedAt: $0.changedAt)
            }, where_)
        } catch {
            Output.error("warning: the improvement items' status is unknown: \(Output.describe(error))")
            return (nil, where_)
        }
    }
}
