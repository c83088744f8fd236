import Foundation
import Testing
import Mustache
import TabletopCore
@testable import TabletopReports

/// The session report and its charts are written by code; they must be, byte for byte, what their Mustache
/// templates render from the same models, for every shape of report (story, team, hostile text).
@Suite struct HTMLReportWriterTests {
    static func reports() throws -> [SessionReport] {
        var reports = [try ReportGoldenTests.fixedReport(), try ReportGoldenTests.teamReport(), try HostileTextTests.report()]
        for id in ["breach", "compromised-host", "insider"] {
            for skill in ["novice", "expert"] {
                let scenario = try ReportSupport.scenario(at: ReportSupport.root.appendingPathComponent("Scenarios/\(id).yaml"))
                let lines = (try? ReportSupport.walkthrough("\(id)-\(skill)")) ?? []
                guard !lines.isEmpty else { continue }
                reports.append(try ReportSupport.report(scenario, lines: lines, trainee: nil, session: "\(id)-\(skill)"))
            }
        }
        return reports.flatMap { [$0, $0.traineeSafe()] }
    }

    @Test func theWrittenPageIsWhatTheTemplateRenders() throws {
        let reports = try Self.reports()
        #expect(reports.count >= 8)
        for report in reports {
            for transcript in [true, false] {
                var model = HTMLReport.model(report)
                if !transcript { model.transcript = [] }
                model.hasTranscript = !model.transcript.isEmpty
                #expect(HTMLReport.write(model) == HTMLReport.template.render(model), "\(report.session)")
                #expect(HTMLReport.render(report, transcript: transcript) == HTMLReport.template.render(model))
            }
            #expect(SVGCharts.timeline(report) == SVGCharts.timelineTemplate.render(SVGCharts.timelineModel(report)))
        }
    }

    /// Text that escapes in every way, in every field of the models: the writer escapes as the template does,
    /// combining marks after a `<` included (one character, which the template leaves as it is).
    @Test func hostileTextInEveryFieldIsEscapedAsTheTemplateDoes() throws {
        let nasty = "<a href='x'>&amp; \"q\" <\u{338} >\u{301} é 😈</a>"
        var model = HTMLReport.model(try HostileTextTests.report())
        model.title = nasty; model.scenarioID = nasty; model.band = nasty; model.capped = nasty; model.rating = nasty
        model.end = nasty; model.judgementTitle = nasty; model.hasJudgement = true; model.judgement = [nasty]
        model.facts = [.init(name: nasty, value: nasty)]; model.keyTimes = model.facts
        model.hardFails = [.init(kind: nasty, reason: nasty, lesson: nasty)]
        model.narrative = [nasty, ""]; model.hasStory = true; model.hasPath = true; model.hasSources = true
        model.path = [.init(step: nasty, ideal: nasty, yours: nasty, mark: nasty, css: nasty)]
        model.sources = [.init(name: nasty, summary: nasty, url: nasty), .init(name: nasty, summary: "", url: nil), .init(name: "", summary: "", url: "")]
        model.capabilities = [.init(title: nasty, rating: nasty, points: nasty, possible: nasty, share: nasty)]
        model.steps = [.init(number: -3, title: nasty, status: nasty, css: nasty, done: nasty, deadline: nasty, points: nasty, evidence: nasty, lesson: nasty),
                       .init(number: 4, title: "", status: "", css: "", done: "", deadline: "", points: "", evidence: "", lesson: "")]
        model.severityFindings = [nasty]; model.hasClocks = true
        model.clocks = [.init(label: nasty, status: nasty, deadline: nasty, met: nasty), .init(label: nasty, status: nasty, deadline: nil, met: nil)]
        model.hasAdjustments = true; model.adjustments = [.init(points: nasty, reason: nasty, lesson: nasty), .init(points: "", reason: "", lesson: nil)]
        model.hasStrengths = true; model.strengths = [nasty]; model.hasAreas = true
        model.areas = [.init(observation: nasty, lesson: nasty), .init(observation: nasty, lesson: nil)]
        model.plan = [.init(capability: nasty, observation: nasty, recommendation: nasty, owner: nasty, due: nasty)]
        model.hasNotes = true; model.notes = [.init(time: nasty, text: nasty)]
        model.hasParticipants = true; model.participants = [.init(name: nasty, role: nasty, summary: nasty)]
        model.hasTranscript = true; model.transcript = [.init(time: nasty, kind: nasty, text: nasty)]
        #expect(HTMLReport.write(model) == HTMLReport.template.render(model))
        model.hasStory = false; model.hasPath = false; model.hasSources = false; model.hasClocks = false; model.hasJudgement = false
        model.hasAdjustments = false; model.hasStrengths = false; model.hasAreas = false; model.hasNotes = false
        model.hasParticipants = false; model.hasTranscript = false; model.end = nil
        #expect(HTMLReport.write(model) == HTMLReport.template.render(model))

        let mark = SVGCharts.Mark(x: nasty, y: nasty, css: nasty, title: nasty, label: nasty)
        let timeline = SVGCharts.TimelineModel(width: nasty, height: nasty, gridBottom: nasty, tickY: nasty, injects: [mark], decisions: [mark, mark],
                                               steps: [mark], deadlines: [.init(x: nasty, css: nasty, title: nasty)], ticks: [.init(x: nasty, label: nasty)])
        #expect(SVGCharts.write(timeline) == SVGCharts.timelineTemplate.render(timeline))
        for declared in [true, false] {
            let severity = SVGCharts.SeverityModel(width: nasty, correct: nasty, declared: nasty, hasDeclared: declared, ticks: [.init(x: nasty, label: nasty)])
            #expect(SVGCharts.write(severity) == SVGCharts.severityTemplate.render(severity))
        }
    }
}
