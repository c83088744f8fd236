import Mustache

// The cohort page's models answer the template by name (see `TemplateFields` for why and how it is checked).

extension CohortHTML.Model: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "css": css
        case "figures": figures
        case "summary": summary
        case "gaps": gaps
        case "hasGaps": hasGaps
        case "provisionalNote": provisionalNote
        case "groups": groups
        default: nil
        }
    }
}

extension CohortHTML.Model.Figure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "name": self.name
        case "css": css
        default: nil
        }
    }
}

extension CohortHTML.Model.Drill: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "session": session
        case "trainee": trainee
        case "started": started
        case "score": score
        case "rating": rating
        case "provisional": provisional
        case "hardFails": hardFails
        case "traps": traps
        case "css": css
        default: nil
        }
    }
}

extension CohortHTML.Model.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "css": css
        case "symbol": symbol
        case "title": title
        default: nil
        }
    }
}

extension CohortHTML.Model.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "step": step
        case "title": title
        case "cells": cells
        default: nil
        }
    }
}

extension CohortHTML.Model.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "score": score
        case "provisional": provisional
        default: nil
        }
    }
}

extension CohortHTML.Model.Map: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "basis": basis
        case "open": open
        case "columns": columns
        case "rows": rows
        default: nil
        }
    }
}

extension CohortHTML.Model.Trend: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "scores": scores
        case "spark": spark
        default: nil
        }
    }
}

extension CohortHTML.Model.Phase: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "count": count
        case "steps": steps
        default: nil
        }
    }
}

extension CohortHTML.Model.Group: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "id": id
        case "count": count
        case "median": median
        case "times": times
        case "drills": drills
        case "maps": maps
        case "trends": trends
        case "stepTrends": stepTrends
        case "stepNote": stepNote
        case "phases": phases
        case "gapNote": gapNote
        default: nil
        }
    }
}

extension Sparkline.Model: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "points": points
        case "dots": dots
        case "label": label
        default: nil
        }
    }
}

extension Sparkline.Point: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "x": x
        case "y": y
        case "hollow": hollow
        default: nil
        }
    }
}
