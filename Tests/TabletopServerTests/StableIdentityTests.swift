import Foundation
import NIOEmbedded
import Testing
import TabletopCore
@testable import TabletopServer

/// A drill keeps how it is joined across a host restart: the join record beside the session log, and a
/// returning client is taken as a rejoin, not a new arrival.
@Suite struct StableIdentityTests {
    @Test func theJoinRecordIsSavedPrivatelyBesideTheLogAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("join-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("breach-1.jsonl").path
        #expect(try SavedJoin.load(beside: log) == nil, "a drill hosted before the record was kept has none")
        let join = SavedJoin(token: "k3y", port: 40123, bind: "0.0.0.0", tls: true)
        try join.save(beside: log)
        let path = folder.appendingPathComponent("breach-1.join.json").path
        #expect(SavedJoin.path(beside: log) == path)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        #expect(try SavedJoin.load(beside: log) == join)
        try "not json".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try SavedJoin.load(beside: log) }
    }

    @Test func aClientOfTheRunBeforeARestartRejoinsWithoutANewJoin() throws {
        let drill = try EmbeddedTeamDrillTests.Drill()
        let ana = try drill.connect("ana", role: "ic")
        let before = try EmbeddedTeamDrillTests().received(ana)
        let oldInstance = try #require(before.first?.instance)
        try drill.send(.line("ack"), on: ana)
        // The restarted host is a new run with the same token; ana's client comes back with its old run's id.
        let restarted = try EmbeddedTeamDrillTests.Drill()
        let again = try restarted.connect()
        try restarted.send(.hello(token: TeamDrillHarness.token, name: "ana", role: "ic", seen: 3, instance: oldInstance), on: again)
        let welcome = try EmbeddedTeamDrillTests().received(again)
        #expect(welcome.first?.type == "welcome")
        #expect(welcome.first?.instance != oldInstance)
        #expect(restarted.console.withLockedValue { $0 }.contains("[] ana (ic) rejoined."))
        let fresh = try restarted.connect("bo", role: "legal")
        _ = fresh
        #expect(restarted.console.withLockedValue { $0 }.contains("[] bo (legal) joined."))
    }
}
