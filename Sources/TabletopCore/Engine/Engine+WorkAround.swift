extension Engine {
    /// What was done around an asset though not to it, for its owner's account: the credentials it
    /// holds cut (ci-key of ci-deployer), and a fix delivered or written that names it (blind20 #2,
    /// #11: "Nobody has changed anything on it yet, me included" after its key was revoked and CI
    /// moved to short-lived credentials). Oldest first; empty when nothing was.
    func workAround(_ asset: Asset) -> [String] {
        var lines: [String] = []
        for held in scenario.assets where held.heldBy == asset.id {
            for change in state.assetChanges where change.asset == held.id && Self.actionStates.contains(change.state) {
                lines.append("its \(held.id) was \(Self.word(for: change.state)) at \(stamp(change.at))")
            }
        }
        var deliveredBy: [(person: String?, at: SimDuration)] = []
        let delivered = state.fired.compactMap { fired -> String? in
            guard let inject = injectsByID[fired.id], Self.reportsFix(inject), Self.mentions(inject.text, asset) else { return nil }
            deliveredBy.append((senderID(of: fired), fired.at))
            // (Without its full stop: the clauses are said as one series.)
            let sentence = Self.firstSentence(inject.text.trimmingWhitespaceAndNewlines())
            return "the fix delivered at \(stamp(fired.at)) changes it: \(sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence)"
        }
        let written = watch.decisions(by: .fix, in: state).compactMap { position -> String? in
            let decision = state.decisions[position]
            guard let text = decision.action.text, Self.mentions(text, asset) else { return nil }
            // How it stands, so that its owner asked "is the policy narrowed now?" says whether it is in (corpus 549).
            return "your fix of \(stamp(decision.at)) changes it: \"\(Self.excerpt(text, limit: 100))\" (\(fixProgressClause(since: decision.at)))"
        }
        // A fix handed over in the commander's words and delivered (`delegate lena fix "narrow ci-deployer …"`, blind70 #84:
        // `inspect ci-deployer` never said the fix that narrowed it was in).
        let handed = state.tasks.compactMap { task -> String? in
            guard task.done, !task.blocked, task.line.hasPrefix("fix"), case .success(let action?) = ActionParser.parseAction(task.line),
                  action.verb == .fix, let text = action.text, Self.mentions(text, asset) else { return nil }
            // The task's own delivery message, said above already, is the same fix (blind92 #108: said twice).
            guard !deliveredBy.contains(where: { $0.person == task.person && $0.at == task.due }) else { return nil }
            let who = peopleByID[task.person]?.name ?? task.person
            return "the fix \(who) delivered at \(stamp(task.due)) changes it: \"\(Self.excerpt(text, limit: 100))\" (\(fixProgressClause(since: task.due)))"
        }
        return lines + delivered + written + handed
    }

    /// The work around an asset as one sentence opening with `lead` ("Since then, its ci-key was
    /// revoked at …"); nil when there was none.
    func workAroundSentence(_ asset: Asset, lead: String) -> String? {
        let around = workAround(asset)
        guard let last = around.last else { return nil }
        return lead + Self.series(around) + (last.hasSuffix(".") || last.hasSuffix("\"") ? "" : ".")
    }

    /// How the fix's test and rollout stand, as a clause: "tested by Nina Kowalski at Tue 15:56, rolled out at
    /// Tue 15:56", or "not tested yet".
    func fixProgressClause(since: SimDuration) -> String {
        let tested = lastTestOfFix.map { "tested by \($0.by) at \(stamp($0.at))" } ?? "not tested yet"
        let rolled = rolloutTimes.last.flatMap { $0 >= since ? ", rolled out at \(stamp($0))" : nil }
        return tested + (rolled ?? "")
    }
}
