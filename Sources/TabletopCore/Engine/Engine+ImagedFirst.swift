extension Engine {
    /// Of a go-ahead's moves that destroy, those on something not yet imaged or held, when the message speaks of images, snapshots
    /// or holds: held until it is, as a colleague who checks would ("Redeploy web-03, web-05 and web-07 from the new image now;
    /// they are all imaged." when only web-03 was, "Terminate web-05 and web-07 now; the snapshots are done.", attack60 d13, d16:
    /// the evidence on the others destroyed). A message that says nothing of images is taken at its word.
    func destroyingUnimaged(_ lines: [String], said lowered: Substring) -> [String] {
        lines.filter { line in
            guard let verb = Self.verbOfTask(line), let object = Self.objectOfTask(line) else { return false }
            return waitsForImage(verb, on: [object], said: lowered)
        }
    }

    /// Whether a move waits for an image: it destroys, the message speaks of images, snapshots or holds, and something it names
    /// (or nothing at all) is not yet imaged or held. The one rule for a single go-ahead and for each move of a plural one.
    func waitsForImage(_ verb: Verb, on targets: [String], said lowered: Substring) -> Bool {
        Self.destroyingVerbs.contains(verb) && Self.preservingWords.contains(where: lowered.contains)
            && (targets.isEmpty || !targets.allSatisfy(imagedOrHeld))
    }

    /// Whether an asset was imaged or put under a hold: a move that destroys it loses nothing the drill needs.
    func imagedOrHeld(_ id: String) -> Bool {
        state.asset(id, is: .snapshotted) || state.asset(id, is: .preserved)
    }
}
