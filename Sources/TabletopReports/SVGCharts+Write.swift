extension SVGCharts {
    /// The timeline of `m`, written as `timelineTemplate` renders it (byte for byte; `HTMLReportWriterTests` checks).
    static func write(_ m: TimelineModel) -> String {
        var h = HTMLText(capacity: 16 * 1024)
        h.raw("<svg class=\"chart\" viewBox=\"0 0 "); h.escaped(m.width); h.raw(" "); h.escaped(m.height)
        h.raw("\" role=\"img\" aria-label=\"Timeline of injects, decisions and runbook steps\">\n")
        h.raw("<text x=\"8\" y=\"44\" class=\"row\">Injects</text><text x=\"8\" y=\"84\" class=\"row\">Decisions</text><text x=\"8\" y=\"124\" class=\"row\">Steps</text>\n")
        for tick in m.ticks {
            h.raw("<line x1=\""); h.escaped(tick.x); h.raw("\" y1=\"22\" x2=\""); h.escaped(tick.x); h.raw("\" y2=\""); h.escaped(m.gridBottom)
            h.raw("\" class=\"grid\"/><text x=\""); h.escaped(tick.x); h.raw("\" y=\""); h.escaped(m.tickY); h.raw("\" class=\"tick\">")
            h.escaped(tick.label); h.raw("</text>")
        }
        h.raw("\n")
        for line in m.deadlines {
            h.raw("<line x1=\""); h.escaped(line.x); h.raw("\" y1=\"22\" x2=\""); h.escaped(line.x); h.raw("\" y2=\""); h.escaped(m.gridBottom)
            h.raw("\" class=\""); h.escaped(line.css); h.raw("\"><title>"); h.escaped(line.title); h.raw("</title></line>")
        }
        h.raw("\n")
        for mark in m.injects {
            h.raw("<circle cx=\""); h.escaped(mark.x); h.raw("\" cy=\""); h.escaped(mark.y); h.raw("\" r=\"6\" class=\""); h.escaped(mark.css)
            h.raw("\"><title>"); h.escaped(mark.title); h.raw("</title></circle>")
        }
        h.raw("\n")
        for mark in m.decisions {
            h.raw("<rect x=\""); h.escaped(mark.x); h.raw("\" y=\""); h.escaped(mark.y); h.raw("\" width=\"4\" height=\"14\" class=\""); h.escaped(mark.css)
            h.raw("\"><title>"); h.escaped(mark.title); h.raw("</title></rect>")
        }
        h.raw("\n")
        for mark in m.steps {
            h.raw("<g class=\""); h.escaped(mark.css); h.raw("\"><title>"); h.escaped(mark.title); h.raw("</title><circle cx=\""); h.escaped(mark.x)
            h.raw("\" cy=\""); h.escaped(mark.y); h.raw("\" r=\"9\"/><text x=\""); h.escaped(mark.x); h.raw("\" y=\""); h.escaped(mark.y)
            h.raw("\" dy=\"4\" class=\"num\">"); h.escaped(mark.label); h.raw("</text></g>")
        }
        h.raw("\n</svg>")
        return h.text
    }

    /// The severity chart of `m`, written as `severityTemplate` renders it (byte for byte).
    static func write(_ m: SeverityModel) -> String {
        var h = HTMLText(capacity: 4 * 1024)
        h.raw("<svg class=\"chart\" viewBox=\"0 0 "); h.escaped(m.width); h.raw(" 150\" role=\"img\" aria-label=\"Declared and correct severity over time\">\n")
        h.raw("<text x=\"8\" y=\"24\" class=\"row\">sev1</text><text x=\"8\" y=\"54\" class=\"row\">sev2</text><text x=\"8\" y=\"84\" class=\"row\">sev3</text><text x=\"8\" y=\"114\" class=\"row\">sev4</text>\n")
        for tick in m.ticks {
            h.raw("<line x1=\""); h.escaped(tick.x); h.raw("\" y1=\"10\" x2=\""); h.escaped(tick.x); h.raw("\" y2=\"120\" class=\"grid\"/><text x=\"")
            h.escaped(tick.x); h.raw("\" y=\"138\" class=\"tick\">"); h.escaped(tick.label); h.raw("</text>")
        }
        h.raw("\n<polyline points=\""); h.escaped(m.correct); h.raw("\" class=\"correct\"><title>Correct level (the matrix)</title></polyline>\n")
        if m.hasDeclared { h.raw("<polyline points=\""); h.escaped(m.declared); h.raw("\" class=\"declared\"><title>Declared level</title></polyline>") }
        h.raw("\n</svg>")
        return h.text
    }
}
