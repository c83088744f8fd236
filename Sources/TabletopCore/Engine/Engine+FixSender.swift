extension Engine {
    /// Who sent a delivered inject: whoever built the fix a "ready for testing" message reports, else the
    /// scenario's sender.
    func senderID(of fired: FiredInject) -> String? {
        world.index.sender(of: fired)
    }

    /// Whoever built the fix a "ready for testing" message delivered now reports, when that is not the
    /// scenario's sender: the person of the latest fix handed over and done, when no fix the commander typed
    /// came after it (blind105 #78: Omar built it and Dana called it ready for testing, then called it hers);
    /// nil otherwise.
    func fixBuilder(for inject: Inject) -> String? {
        guard Self.reportsFix(inject),
              let task = state.tasks.last(where: { $0.done && !$0.blocked && $0.line.hasPrefix("fix") && $0.due <= state.clock }),
              task.person != inject.from, peopleByID[task.person] != nil else { return nil }
        let typed = state.decisions.last { $0.action.verb == .fix && $0.action.text != nil }?.at
        return typed.map { $0 > task.due } == true ? nil : task.person
    }
}
