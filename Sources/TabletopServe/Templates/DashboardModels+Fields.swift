import Mustache

// The dashboard's models answer the template by name, not by reflection: a list page reads thousands of
// fields (see `TemplateFields` in TabletopReports for why and how the answers are checked).

extension DashboardModels.Layout: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "css": css
        case "navigationCSS": navigationCSS
        case "navigation": navigation
        case "body": body
        default: nil
        }
    }
}

extension DashboardModels.Navigation: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "links": links
        case "note": note
        default: nil
        }
    }
}

extension DashboardModels.Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "name": self.name
        case "current": current
        default: nil
        }
    }
}

extension DashboardModels.Problem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "message": message
        default: nil
        }
    }
}

extension DashboardModels.Filters: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "action": action
        case "trainee": trainee
        case "from": from
        case "to": to
        case "trainees": trainees
        case "scenarios": scenarios
        case "showBand": showBand
        case "bands": bands
        case "provisional": provisional
        case "showStatus": showStatus
        case "statuses": statuses
        default: nil
        }
    }
}

extension DashboardModels.Choice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}

extension DashboardModels.Exercises: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": summary
        case "filters": filters
        case "rows": rows
        default: nil
        }
    }
}

extension DashboardModels.Exercise: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "session": session
        case "trainee": trainee
        case "scenario": scenario
        case "started": started
        case "band": band
        case "outcome": outcome
        case "score": score
        case "provisional": provisional
        case "hardFails": hardFails
        default: nil
        }
    }
}

extension DashboardModels.Trends: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": summary
        case "filters": filters
        case "rows": rows
        default: nil
        }
    }
}

extension DashboardModels.Trend: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "trainee": trainee
        case "scenario": scenario
        case "scores": scores
        case "change": change
        case "css": css
        case "spark": spark
        case "attempts": attempts
        default: nil
        }
    }
}

extension DashboardModels.Plan: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summary": summary
        case "filters": filters
        case "writable": writable
        case "rows": rows
        default: nil
        }
    }
}

extension DashboardModels.PlanRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "session": session
        case "scenario": scenario
        case "trainee": trainee
        case "started": started
        case "due": due
        case "dueCSS": dueCSS
        case "status": status
        case "owner": owner
        case "capability": capability
        case "recommendation": recommendation
        case "observation": observation
        case "item": item
        case "done": done
        case "changedBy": changedBy
        case "changedAt": changedAt
        default: nil
        }
    }
}
