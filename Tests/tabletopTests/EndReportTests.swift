import Foundation
import Testing

/// The report written at the end of `play` and `resume` comes from the live engine (issue 21), and is byte
/// for byte the report `tabletop report` builds by replaying the log.
@Suite struct EndReportTests {
    @Test func playsReportEqualsTheReplayedReport() throws {
        let data = DrillCommandTests.temporaryFolder()
        let play = try CommandLineTests.run(["play", "breach", "--seed", "3", "--data-dir", data],
                                            stdin: "ack\nchannel #ir\nseverity sev2\npage jon\nchoose 2\nwait 30m\nnotify legal\nquit\n")
        #expect(play.status == 0)
        let path = try DrillCommandTests.sessionFile(in: data)
        let written = try String(contentsOfFile: (path as NSString).deletingPathExtension + ".html", encoding: .utf8)
        let output = data + "/replayed.html"
        let report = try CommandLineTests.run(["report", path, "--format", "html", "-o", output])
        #expect(report.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == written)
        #expect(written.contains("notify legal"))

        // And after `resume`, whose engine was rebuilt from the log and then played on.
        let resume = try CommandLineTests.run(["resume", path, "--data-dir", data], stdin: "isolate web-03\nquit\n")
        #expect(resume.status == 0)
        let resumed = try String(contentsOfFile: (path as NSString).deletingPathExtension + ".html", encoding: .utf8)
        let again = try CommandLineTests.run(["report", path, "--format", "html", "-o", output])
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == resumed)
        #expect(resumed != written)
    }
}
