import Foundation
import Testing
import TabletopCore
@testable import TabletopStore

/// One writer per session, and a log deleted or replaced under a running drill loses nothing.
@Suite struct SessionWriterSafetyTests {
    static let header = SessionLogFileTests.header

    /// With `syncEvery`, lines are written at once (a second reader sees them before any fsync) and
    /// flushed a batch at a time, when asked and at the seal; never flushed twice for nothing.
    @Test func batchedWriterWritesEveryLineAndFlushesABatchAtATime() throws {
        let path = SessionLogFileTests.temporaryFile()
        let writer = try SessionLogWriter(creating: path, header: Self.header)
        #expect(writer.flushes == 1)
        writer.syncEvery = 4
        for index in 0..<10 {
            try writer.append(.input(SessionInput(at: .minutes(index), wall: "w", text: "doc note \(index)")), sync: true)
            try writer.append(.output(.response("noted \(index)")), sync: false)
            // Written, so a process killed now loses nothing: the file holds the line already.
            #expect(try SessionLogWriter.read(path).records.count == 2 * (index + 1))
        }
        #expect(writer.flushes == 1 + 2)
        try writer.flush()
        #expect(writer.flushes == 4)
        try writer.flush()
        #expect(writer.flushes == 4)
        try writer.seal("done", wall: "w")
        #expect(writer.flushes == 5)
    }

    /// A background flush (the one before a prompt) flushes what was written once: another with nothing
    /// new does nothing, nor does a plain flush after it; the lines were in the file before it started.
    @Test func aBackgroundFlushFlushesWhatWasWrittenOnce() throws {
        let path = SessionLogFileTests.temporaryFile()
        let writer = try SessionLogWriter(creating: path, header: Self.header)
        #expect(writer.flushes == 1)
        try writer.append(.input(SessionInput(at: .zero, wall: "w", text: "ack")), sync: false)
        #expect(try SessionLogWriter.read(path).records.count == 1)
        writer.flushInBackground()
        #expect(writer.flushes == 2)
        writer.flushInBackground()
        try writer.flush()
        #expect(writer.flushes == 2)
        writer.close()
        #expect(try SessionLogWriter.read(path).records.count == 1)
    }

    @Test func aSecondWriterOfTheSameSessionIsRefusedWithTheHoldersPid() throws {
        let path = try SessionLogFileTests.writeSession(inputs: ["ack"])
        let first = try SessionLock(logPath: path, sessionID: "s")
        let error = #expect(throws: StoreError.self) { try SessionLock(logPath: path, sessionID: "s") }
        #expect(error?.description == "session s is open in another tabletop (pid \(getpid())); finish or quit that one first")
        _ = first
    }

    /// A refused writer lets go of nothing it does not hold: its descriptor is closed once, and the
    /// holder's pid file stays (a refused lock's `deinit` used to release it: a second close of a
    /// descriptor number perhaps reused by another log, which failed a concurrent test as "changed under
    /// the drill", and the pid gone from every later refusal).
    @Test func aRefusedWriterLeavesTheHoldersLockAlone() throws {
        let path = try SessionLogFileTests.writeSession(inputs: ["ack"])
        let first = try SessionLock(logPath: path, sessionID: "s")
        for _ in 1...2 {
            let error = #expect(throws: StoreError.self) { try SessionLock(logPath: path, sessionID: "s") }
            #expect(error?.description == "session s is open in another tabletop (pid \(getpid())); finish or quit that one first")
        }
        #expect(FileManager.default.fileExists(atPath: first.path))
    }

    @Test func aReleasedOrStaleLockIsTakenOver() throws {
        let path = try SessionLogFileTests.writeSession(inputs: ["ack"])
        do { _ = try SessionLock(logPath: path, sessionID: "s") }
        // A lock file left by a process that died (the kernel dropped its flock) names a pid that holds nothing.
        try "999999\n".write(toFile: path + ".lock", atomically: false, encoding: .utf8)
        let lock = try SessionLock(logPath: path, sessionID: "s")
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n")
    }

    /// The lock belongs to the file: a symbolic or hard link to the log finds it taken.
    @Test(arguments: ["symbolic", "hard"])
    func aLinkToAnOpenLogIsRefused(_ kind: String) throws {
        let path = try SessionLogFileTests.writeSession(inputs: ["ack"])
        let link = (path as NSString).deletingLastPathComponent + "/link.jsonl"
        if kind == "symbolic" { try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path) }
        else { try FileManager.default.linkItem(atPath: path, toPath: link) }
        let held = try SessionLock(logPath: path, sessionID: "s")
        #expect(throws: StoreError.self) { try SessionLock(logPath: link, sessionID: "s") }
        held.release()
        _ = try SessionLock(logPath: link, sessionID: "s")
    }

    /// A symbolic link planted where the pid file goes is not followed (as root, it would let anyone
    /// who can write the sessions folder overwrite any file).
    @Test func aPlantedLinkAtThePidFileIsNotFollowed() throws {
        let path = try SessionLogFileTests.writeSession(inputs: ["ack"])
        let target = (path as NSString).deletingLastPathComponent + "/precious"
        try "precious content\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path + ".lock", withDestinationPath: target)
        let lock = try SessionLock(logPath: path, sessionID: "s")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious content\n")
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n")
    }

    /// Emptied, cut, appended to or edited in place by another program: the writer stops, and the
    /// recovery file holds the log as the writer wrote it.
    @Test(arguments: ["emptied", "cut", "appended"])
    func aLogChangedInPlaceIsNoticedAndRecoveredWhole(_ change: String) throws {
        let path = SessionLogFileTests.temporaryFile()
        let writer = try SessionLogWriter(creating: path, header: Self.header)
        try writer.append(.input(SessionInput(at: .zero, wall: "w", text: "ack")), sync: true)
        try writer.append(.output(.response("You take it on.")), sync: false)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        switch change {
        case "emptied": try handle.truncate(atOffset: 0)
        case "cut": try handle.truncate(atOffset: 100)
        default:
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("garbage\n".utf8))
        }
        try handle.close()
        let error = #expect(throws: StoreError.self) {
            try writer.append(.input(SessionInput(at: .minutes(1), wall: "w", text: "page dana")), sync: true)
        }
        #expect(error?.description.contains("(another program changed it)") == true)
        #expect(writer.loss == error?.description)
        let recovery = (path as NSString).deletingLastPathComponent + "/session.recovered.jsonl"
        let recovered = try SessionLogWriter.read(recovery)
        #expect(SessionLogFileTests.inputs(of: recovered) == ["ack", "page dana"])
        #expect(recovered.outputs == [.response("You take it on.")])
    }

    /// A hard link or a fifo planted where the pid file goes is removed, never written through or waited on.
    @Test(arguments: ["hard link", "fifo"])
    func aPlantedFileAtThePidFileIsReplacedNotWrittenThrough(_ kind: String) throws {
        let path = try SessionLogFileTests.writeSession(inputs: ["ack"])
        let target = (path as NSString).deletingLastPathComponent + "/precious"
        try "precious content\n".write(toFile: target, atomically: false, encoding: .utf8)
        if kind == "fifo" { #expect(mkfifo(path + ".lock", 0o600) == 0) } else { try FileManager.default.linkItem(atPath: target, toPath: path + ".lock") }
        let lock = try SessionLock(logPath: path, sessionID: "s")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious content\n")
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "\(getpid())\n")
        // A second writer reads the pid without hanging.
        #expect(throws: StoreError.self) { try SessionLock(logPath: path, sessionID: "s") }
    }

    /// A change of metadata only (a chmod, a backup tool's hard link) is no change of the log.
    @Test func aMetadataChangeDoesNotStopTheDrill() throws {
        let path = SessionLogFileTests.temporaryFile()
        let writer = try SessionLogWriter(creating: path, header: Self.header)
        try writer.append(.input(SessionInput(at: .zero, wall: "w", text: "ack")), sync: true)
        #expect(chmod(path, 0o640) == 0)
        try FileManager.default.linkItem(atPath: path, toPath: path + ".backup")
        try writer.append(.input(SessionInput(at: .minutes(1), wall: "w", text: "page dana")), sync: true)
        #expect(writer.loss == nil)
        #expect(SessionLogFileTests.inputs(of: try SessionLogWriter.read(path)) == ["ack", "page dana"])
    }

    @Test func aWriterHoldsTheLockUntilItGoes() throws {
        let path = SessionLogFileTests.temporaryFile()
        var writer: SessionLogWriter? = try SessionLogWriter(creating: path, header: Self.header)
        #expect(throws: StoreError.self) { try SessionLock(logPath: path, sessionID: "s") }
        _ = writer
        writer = nil
        _ = try SessionLock(logPath: path, sessionID: "s")
    }

    /// Deleting the log mid-drill: the next append fails with where everything went, and that
    /// recovery file is a complete, valid log holding the line that was being written too.
    @Test(arguments: ["deleted", "replaced"])
    func aLogThatChangedUnderTheDrillIsRecoveredBesideIt(_ change: String) throws {
        let path = SessionLogFileTests.temporaryFile()
        let writer = try SessionLogWriter(creating: path, header: Self.header)
        try writer.append(.input(SessionInput(at: .zero, wall: "w", text: "ack")), sync: true)
        try writer.append(.output(.response("You take it on.")), sync: false)
        try FileManager.default.removeItem(atPath: path)
        if change == "replaced" { try "not a log\n".write(toFile: path, atomically: false, encoding: .utf8) }
        let recovery = (path as NSString).deletingLastPathComponent + "/session.recovered.jsonl"
        let error = #expect(throws: StoreError.self) {
            try writer.append(.input(SessionInput(at: .minutes(1), wall: "w", text: "page dana")), sync: true)
        }
        let message = try #require(error?.description)
        #expect(message.contains(change == "deleted" ? "(it was deleted or moved)" : "(it was replaced by another file)"))
        #expect(message.contains("is in \(recovery): continue with 'tabletop resume \(recovery)'"))
        let recovered = try SessionLogWriter.read(recovery)
        #expect(SessionLogFileTests.inputs(of: recovered) == ["ack", "page dana"])
        #expect(recovered.outputs == [.response("You take it on.")])
        // Nothing more is written anywhere, and the file now at the path is left alone.
        #expect(throws: StoreError.self) { try writer.append(.output(.notice("later")), sync: false) }
        #expect(FileManager.default.fileExists(atPath: path) == (change == "replaced"))
        if change == "replaced" { #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a log\n") }
    }

    @Test func aSealClosesEachRunAndTheAnchorFindsACutLog() throws {
        let path = try SessionLogFileTests.writeSession(inputs: ["ack", "page dana", "isolate web-03"])
        let unsealed = try SessionLogWriter.read(path)
        #expect(!unsealed.isSealed)
        let writer = try SessionLogWriter(appendingTo: path, after: unsealed, lock: SessionLock(logPath: path, sessionID: "s"))
        try writer.seal("the trainee left", wall: "w")
        let anchor = writer.anchor
        writer.close()
        let sealed = try SessionLogWriter.read(path)
        #expect(sealed.isSealed)
        #expect(sealed.anchor == anchor)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(sealed.check(anchor, bytes: bytes) == .holds)
        // Cut after the second decision: shorter than anchored.
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let cut = Array(lines.prefix(5).joined(separator: [0x0A])) + [0x0A]
        let cutLog = try #require(try? SessionLog.parse(cut).get())
        #expect(cutLog.check(anchor, bytes: cut) == .shorter(lines: 5, anchored: 11))
        // Cut and continued to the same length: the anchored line is another line now.
        try Data(cut).write(to: URL(fileURLWithPath: path))
        let continued = try SessionLogWriter(appendingTo: path, after: cutLog, lock: SessionLock(logPath: path, sessionID: "s"))
        for index in 0..<6 { try continued.append(.input(SessionInput(at: .hours(index), wall: "w", text: "choose 2")), sync: true) }
        let rewritten = try SessionLogWriter.read(path)
        let rewrittenBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(rewritten.check(anchor, bytes: rewrittenBytes) == .rewritten(line: 11))
    }

    @Test func privateFilesAreWholeAndOwnerOnly() throws {
        let path = (SessionLogFileTests.temporaryFile() as NSString).deletingLastPathComponent + "/report.html"
        try PrivateFile.write("<p>report</p>", to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<p>report</p>")
        let missing = #expect(throws: StoreError.self) { try PrivateFile.write("x", to: "/nonexistent-folder/report.html") }
        #expect(missing?.description == "cannot write /nonexistent-folder/report.html: No such file or directory")
    }

    /// `report -o` onto an existing file writes it in place: its mode and owner stay, and a link the
    /// user named is written through, never replaced by a new file.
    @Test func aNamedOutputIsWrittenInPlaceAndANewOneIsPrivate() throws {
        let folder = (SessionLogFileTests.temporaryFile() as NSString).deletingLastPathComponent
        let shared = folder + "/shared.md", link = folder + "/link.md", fresh = folder + "/new.md"
        try "old".write(toFile: shared, atomically: false, encoding: .utf8)
        #expect(chmod(shared, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: shared)
        try PrivateFile.write("via the link", toNamed: link)
        #expect(try String(contentsOfFile: shared, encoding: .utf8) == "via the link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == shared)
        #expect((try FileManager.default.attributesOfItem(atPath: shared)[.posixPermissions] as? NSNumber)?.intValue == 0o644)
        try PrivateFile.write("new", toNamed: fresh)
        #expect((try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func aDataFolderThatIsAFileIsExplained() throws {
        let file = SessionLogFileTests.temporaryFile()
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        let error = #expect(throws: StoreError.self) { try DataDirectory(root: URL(fileURLWithPath: file)).prepare() }
        #expect(error?.description == "the data folder \(file) is a file, not a folder; move the file away or choose another folder with --data-dir")
    }
}
