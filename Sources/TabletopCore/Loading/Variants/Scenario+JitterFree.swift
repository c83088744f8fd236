extension Scenario {
    /// Whether the scenario is `other` but for the times its injects fire at: what drawing jittered
    /// times for two seeds makes of one scenario (`JitterableScenario.at(jitterSeed:)`). Everything else,
    /// the kind of each trigger and what it follows included, must be equal.
    ///
    /// Cheap for two draws of one scenario: their unjittered parts share storage, which `==` checks first.
    func isSame(apartFromInjectTimes other: Scenario) -> Bool {
        guard injects.count == other.injects.count else { return false }
        var withOtherInjects = self
        withOtherInjects.injects = other.injects
        guard withOtherInjects == other else { return false }
        for (mine, theirs) in zip(injects, other.injects) where mine != theirs {
            guard mine.trigger.isSame(apartFromTime: theirs.trigger) else { return false }
            var moved = mine
            moved.trigger = theirs.trigger
            guard moved == theirs else { return false }
        }
        return true
    }
}

extension Trigger {
    /// Whether the trigger is `other` but for its time or delay (the parts a `jitter` moves).
    func isSame(apartFromTime other: Trigger) -> Bool {
        switch (self, other) {
        case (.at, .at): true
        case (.afterInject(let mine, _), .afterInject(let theirs, _)): mine == theirs
        case (.afterAction(let mine, _), .afterAction(let theirs, _)): mine == theirs
        default: self == other
        }
    }
}
