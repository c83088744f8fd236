import Testing
@testable import TabletopCore

@Suite struct ActionParserTests {
    private func parse(_ line: String) throws -> ParsedLine? {
        try ActionParser.parse(line).get()
    }

    private func error(_ line: String) -> String? {
        if case .failure(let error) = ActionParser.parse(line) { return error.message }
        return nil
    }

    @Test func aChannelNamedLikeAnInstructionIsRefusedWithoutHash() throws {
        #expect(error("channel create")?.contains("channel names start with '#'") == true)
        #expect(error("channel New --signal")?.contains("reads as an instruction") == true)
        #expect(try parse("channel #create")?.action.object == "#create")
        #expect(try parse("channel ir-breach")?.action.object == "#ir-breach")
    }

    @Test func parsesQuotedTextAttributionAndOptions() throws {
        let post = try #require(try parse("@Bo post #incident-private \"moving here, don't panic\""))
        #expect(post.actor == "Bo")
        #expect(post.action == Action(verb: .post, object: "#incident-private", text: "moving here, don't panic"))
        #expect(try parse("followup \"rotate keys\" --owner dana")?.action == Action(verb: .followup, text: "rotate keys", owner: "dana"))
        #expect(try parse("channel ir-core --signal")?.action == Action(verb: .channel, object: "#ir-core", outOfBand: true))
        #expect(try parse("invite dana #ir")?.action == Action(verb: .invite, object: "dana", channel: "#ir"))
        #expect(try parse("doc note don't delete anything")?.action.text == "don't delete anything")
        #expect(try parse("ISOLATE Web-03")?.action == Action(verb: .isolate, object: "web-03"))
        #expect(try parse("brief leadership")?.action.verb == .briefLeadership)
        #expect(try parse("brief")?.action.verb == .brief)
        #expect(try parse("wait 1h30m")?.action.duration == .minutes(90))
        #expect(try parse("   ") == nil)
    }

    @Test(arguments: [
        ("isolat web-03", "unknown command 'isolat'; did you mean 'isolate'?"),
        ("isolate", "'isolate' needs an asset: isolate <asset> [at <time>]"),
        ("isolate a b", "'isolate' takes one asset after it, but 'b' follows; if 'a b' is one name, write it 'a-b'. Usage: isolate <asset> [at <time>]"),
        ("ack now", "'ack' takes nothing after it, but 'now' follows. Usage: ack"),
        ("lookup deploy key", "'lookup' takes one name (a person, an address, a key id or an asset) after it, but 'key' follows; if 'deploy key' is one name, write it 'deploy-key'. Usage: lookup <name>"),
        ("ticket \"SEC restricted: web-03/05/07 were hit\"", "'ticket' takes nothing after it, but 'SEC restricted: web-03/05/07 …' follows. Usage: ticket"),
        ("post #x", "'post' needs a message after the channel: post <channel> \"<text>\""),
        ("ask dana", "'ask' needs a topic after the person: ask <person> <topic…>"),
        ("choose 0", "'0' is not an option number: choose <n> | choose \"words of the option\""),
        ("wait 90x", "'90x' is not a duration; use a number and a unit, such as 30m, 2h or 1d"),
        ("isolate web-03 --now", "'isolate' has no option --now"),
        ("say \"hello", "unterminated quote: add the closing \""),
        ("@ ack", "write the player's name right after '@', as in '@bo notify legal'"),
        ("@bo", "'@bo' needs a command after it"),
        ("page dana\u{7}", "that line contains control characters; type the command again"),
    ])
    func explainsWhatWasExpected(_ line: String, _ message: String) {
        #expect(error(line) == message)
    }

    @Test func severityTakesTheLevelAsPeopleSayIt() throws {
        for line in ["severity sev2", "severity 2", "sev 2", "sev sev2", "SEVERITY 2 \"data out\""] {
            #expect(try parse(line)?.action.verb == .severity, "\(line)")
            #expect(try parse(line)?.action.object == "sev2", "\(line)")
        }
        #expect(error("severity 5")?.hasPrefix("'5' is not a severity; use sev1 (critical) to sev4 (low)") == true)
    }

    @Test func refusesVeryLongLines() {
        let line = "doc note " + String(repeating: "x", count: 100_000)
        #expect(error(line) == "that line is 100009 characters long; commands are at most 4000")
    }
}
