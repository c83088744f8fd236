extension Engine {
    /// Of a go-ahead's moves that destroy, those on something not yet imaged or held, when the message speaks of images, snapshots
    /// or holds: held until it is, as a colleague who checks would ("Redeploy web-03, web-05 and web-07 from the new image now;
    /// they are all imaged." when only web-03 was, "Terminate web-05 and web-07 now; the snapshots are done.", attack60 d13, d16:
    /// the evidence on the others destroyed). A message that says nothing of images is taken at its word.
    func destroyingUnimaged(_ lines: [String], said lowered: Substring) -> [String] {
        guard Self.preservingWords.contains(where: lowered.contains) else { return [] }
        return lines.filter { line in
            guard let verb = Self.verbOfTask(line), Self.destroyingVerbs.contains(verb), let object = Self.objectOfTask(line) else { return false }
            return !imagedOrHeld(object)
        }
    }

    /// Whether an asset was imaged or put under a hold: a move that destroys it loses nothing the drill needs.
    func imagedOrHeld(_ id: String) -> Bool {
        state.assetChanges.contains { $0.asset == id && ($0.state == .snapshotted || $0.state == .preserved) }
    }
}
