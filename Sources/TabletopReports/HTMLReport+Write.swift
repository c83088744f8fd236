extension HTMLReport {
    /// The page of `model`, written as `template` renders it (byte for byte; `HTMLReportWriterTests` checks).
    static func write(_ m: Model) -> String {
        var h = HTMLText(capacity: 64 * 1024)
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        h.raw("<meta name=\"color-scheme\" content=\"light dark\"><title>Drill report: "); h.escaped(m.title)
        h.raw("</title><style>"); h.raw(m.css); h.raw("</style></head>\n<body><main>\n<h1><bdi>"); h.escaped(m.title)
        h.raw("</bdi></h1><p class=\"sub\">Tabletop drill report · scenario "); h.escaped(m.scenarioID); h.raw("</p>\n<div class=\"facts\">")
        for fact in m.facts { h.raw("<div><b>"); h.escaped(fact.name); h.raw("</b><bdi>"); h.escaped(fact.value); h.raw("</bdi></div>") }
        h.raw("</div>\n<div class=\"score\"><span class=\"big\">"); h.escaped(m.score); h.raw("</span><span class=\"band\">/100 · ")
        h.escaped(m.band); h.escaped(m.capped); h.raw("</span><span class=\"rating rating-"); h.escaped(m.rating)
        h.raw("\" title=\"Overall HSEEP rating\">"); h.escaped(m.rating); h.raw("</span></div>\n")
        for fail in m.hardFails {
            h.raw("<div class=\"hardfail\"><b>Hard fail: "); h.escaped(fail.kind); h.raw(".</b> "); h.escaped(fail.reason)
            h.raw(". "); h.escaped(fail.lesson); h.raw("</div>")
        }
        h.raw("\n<div class=\"times\">")
        for time in m.keyTimes { h.raw("<span>"); h.escaped(time.name); h.raw(": <b>"); h.escaped(time.value); h.raw("</b></span>") }
        h.raw("</div>\n")
        if let end = m.end { h.raw("<p>"); h.escaped(end); h.raw("</p>") }
        h.raw("\n")
        if m.hasStory { h.raw("<h2>What happened</h2>") }
        h.raw("\n")
        for line in m.narrative { h.raw("<p class=\"story\">"); h.escaped(line); h.raw("</p>") }
        h.raw("\n")
        if m.hasPath {
            h.raw("<h3>The ideal path beside yours</h3>\n<div class=\"table-wrap\"><table class=\"wide\"><thead><tr><th>Step</th><th>The ideal move</th><th>What you did</th></tr></thead>\n")
            for move in m.path {
                h.raw("<tr class=\""); h.escaped(move.css); h.raw("\"><td>"); h.escaped(move.step); h.raw("</td><td>"); h.escaped(move.ideal)
                h.raw("</td><td class=\"status\">"); h.escaped(move.mark); h.raw(" "); h.escaped(move.yours); h.raw("</td></tr>")
            }
            h.raw("\n</table></div>")
        }
        h.raw("\n")
        if m.hasSources { h.raw("<h3>Drawn from real incidents</h3>") }
        h.raw("\n<ul class=\"plain\">")
        for source in m.sources {
            h.raw("<li><b>")
            if let url = source.url { h.raw("<a href=\""); h.escaped(url); h.raw("\">") }
            h.escaped(source.name)
            if source.url != nil { h.raw("</a>") }
            h.raw("</b>: "); h.escaped(source.summary); h.raw("</li>")
        }
        h.raw("</ul>\n<h2>Capabilities</h2>\n<div class=\"table-wrap\"><table><thead><tr><th>Capability</th><th>Rating</th><th>Points</th><th>Share</th></tr></thead>\n")
        for capability in m.capabilities {
            h.raw("<tr><td>"); h.escaped(capability.title); h.raw("</td><td><span class=\"rating rating-"); h.escaped(capability.rating)
            h.raw("\">"); h.escaped(capability.rating); h.raw("</span></td><td>"); h.escaped(capability.points); h.raw(" of ")
            h.escaped(capability.possible); h.raw("</td><td>"); h.escaped(capability.share); h.raw("</td></tr>")
        }
        h.raw("\n</table></div>\n<p class=\"legend\">P performed without challenges · S some challenges · M major challenges · U unable to be performed</p>\n")
        h.raw("<h2>Timeline</h2>\n<div class=\"chart-wrap\">"); h.raw(m.timeline); h.raw("</div>\n")
        h.raw(legend)
        h.raw("<h2>The runbook steps</h2>\n<div class=\"table-wrap\"><table class=\"wide\"><thead><tr><th>#</th><th>Step</th><th>Status</th><th>Done</th><th>Deadline</th><th>Points</th><th>Evidence</th></tr></thead>\n")
        for step in m.steps {
            h.raw("<tr class=\""); h.escaped(step.css); h.raw("\"><td class=\"nowrap\">"); h.escaped(step.number); h.raw("</td><td>"); h.escaped(step.title)
            if let lesson = step.lesson { h.raw("<div class=\"lesson\">"); h.escaped(lesson); h.raw("</div>") }
            h.raw("</td><td class=\"status\">"); h.escaped(step.status); h.raw("</td><td class=\"nowrap\">"); h.escaped(step.done)
            h.raw("</td><td class=\"nowrap\">"); h.escaped(step.deadline); h.raw("</td><td class=\"nowrap\">"); h.escaped(step.points)
            h.raw("</td><td>"); h.escaped(step.evidence); h.raw("</td></tr>")
        }
        h.raw("\n</table></div>\n<h2>Severity over time</h2>\n<div class=\"chart-wrap\">"); h.raw(m.severity)
        h.raw("</div>\n<p class=\"legend\"><span>grey: the correct level from the matrix</span><span>blue: the level declared</span></p>\n<ul class=\"plain\">")
        h.items(m.severityFindings)
        h.raw("</ul>\n")
        h.plainList("Clocks", shown: m.hasClocks)
        for clock in m.clocks {
            h.raw("<li><b>"); h.escaped(clock.label); h.raw("</b>: "); h.escaped(clock.status)
            if let deadline = clock.deadline { h.raw(", deadline "); h.escaped(deadline) }
            if let met = clock.met { h.raw(", met at "); h.escaped(met) }
            h.raw("</li>")
        }
        h.raw("</ul>\n")
        if m.hasJudgement {
            h.raw("<h2>"); h.escaped(m.judgementTitle); h.raw("</h2><ul class=\"plain\">")
            h.items(m.judgement)
            h.raw("</ul>")
        }
        h.raw("\n")
        h.plainList("Traps and other adjustments", shown: m.hasAdjustments)
        for adjustment in m.adjustments {
            h.raw("<li><b>"); h.escaped(adjustment.points); h.raw("</b> "); h.escaped(adjustment.reason)
            if let lesson = adjustment.lesson { h.raw(" <span class=\"lesson\">— "); h.escaped(lesson); h.raw("</span>") }
            h.raw("</li>")
        }
        h.raw("</ul>\n")
        h.plainList("Strengths", shown: m.hasStrengths)
        h.items(m.strengths)
        h.raw("</ul>\n")
        h.plainList("Areas for improvement", shown: m.hasAreas)
        for area in m.areas {
            h.raw("<li>"); h.escaped(area.observation)
            if let lesson = area.lesson { h.raw("<div class=\"lesson\">Why: "); h.escaped(lesson); h.raw("</div>") }
            h.raw("</li>")
        }
        h.raw("</ul>\n<h2>After-action report and improvement plan</h2>\n")
        h.raw("<div class=\"table-wrap\"><table class=\"wide\"><thead><tr><th>Capability</th><th>Observation</th><th>Recommendation</th><th>Owner</th><th>Due</th></tr></thead>\n")
        for item in m.plan {
            h.raw("<tr><td>"); h.escaped(item.capability); h.raw("</td><td>"); h.escaped(item.observation); h.raw("</td><td>")
            h.escaped(item.recommendation); h.raw("</td><td>"); h.escaped(item.owner); h.raw("</td><td>"); h.escaped(item.due); h.raw("</td></tr>")
        }
        h.raw("\n</table></div>\n")
        h.plainList("Observer notes", shown: m.hasNotes)
        for note in m.notes { h.raw("<li><b>"); h.escaped(note.time); h.raw("</b> "); h.escaped(note.text); h.raw("</li>") }
        h.raw("</ul>\n")
        h.plainList("Participants", shown: m.hasParticipants)
        for person in m.participants {
            h.raw("<li><b>"); h.escaped(person.name); h.raw("</b> ("); h.escaped(person.role); h.raw("): "); h.escaped(person.summary); h.raw("</li>")
        }
        h.raw("</ul>\n")
        if m.hasTranscript {
            h.raw("<section class=\"appendix\"><h2>Appendix: transcript</h2>\n<div class=\"transcript\">")
            for line in m.transcript {
                h.raw("<div class=\""); h.escaped(line.kind); h.raw("\"><span class=\"t\">"); h.escaped(line.time); h.raw("</span>"); h.escaped(line.text); h.raw("</div>")
            }
            h.raw("</div></section>")
        }
        h.raw("\n<footer>Scored against the incident response runbook after Sectemplates.com. Generated by tabletop.</footer>\n</main></body></html>")
        return h.text
    }

    /// The timeline's legend, as the template has it.
    private static let legend = """
        <p class="legend"><span><i class="dot" style="background:#2457c5"></i>inject</span><span><i class="dot" style="background:#6b7280"></i>decision</span>\
        <span><i class="dot" style="background:#1f7a45"></i>step on time</span><span><i class="dot" style="background:#b26a00"></i>late, out of order or partly done</span>\
        <span><i class="dot" style="background:#b3261e"></i>missed (at its deadline)</span><span>dashed: deadlines of late or missed steps, and clocks</span></p>

        """
}
