extension Engine {
    /// When a paged person who has not answered yet will answer, or nil (not paged, or answered).
    func pageAnswer(of person: String) -> SimDuration? {
        // The cheap check first: the queue is only searched for someone who was paged.
        guard state.person(person, is: .paged) else { return nil }
        return state.queue.first { $0.kind == .arrival(person) }?.at
    }

    /// A command that needs a paged person who has not answered yet waits for their answer: it runs
    /// as a scheduled line just after they answer, and says so now (blind6 #3: Peter joined a Signal
    /// group at once and only answered the page six minutes later). Nil when nothing waits.
    mutating func queueForPageAnswer(_ action: Action, raw: String, player: Player) -> [Output]? {
        let needsThem: Set<Verb> = [.invite, .ask, .tell, .delegate, .ic]
        if configuration.realClock, action.verb == .test, let tester, fixProblem(action) == nil {
            return testerPaged(tester, raw: raw, player: player)
        }
        guard configuration.realClock, needsThem.contains(action.verb), let id = action.object,
              let person = peopleByID[id], let answer = pageAnswer(of: id) else { return nil }
        // Scheduled after the arrival, so at that moment the answer comes first, then the command.
        schedule(.scheduled(player: player.name, line: raw), at: answer)
        let what = switch action.verb {
        case .invite: "they join \(action.channel ?? lastOpenedChannel ?? "the channel")"
        case .ask: "your question goes to them"
        case .tell: "they get your message"
        case .delegate: "they take the task"
        default: "they take over as commander"
        }
        return [.notice("\(person.name) has not answered the page yet (expected by about \(localClock.dayAndTime(at: answer))); \(what) when they do.")]
    }

    /// A paged person who speaks (an inject from them) has answered the page: the answer comes first,
    /// now, instead of after they have already spoken.
    mutating func answerPageEarly(_ person: String, into outputs: inout [Output]) {
        guard configuration.realClock, pageAnswer(of: person) != nil else { return }
        state.queue.removeAll { $0.kind == .arrival(person) }
        announceArrival(of: person, into: &outputs)
    }

    /// "Lena Fischer, SRE, answers the page and is standing by."
    func announceArrival(of id: String, into outputs: inout [Output]) {
        guard let person = peopleByID[id] else { return }
        outputs.append(.notice("\(person.name), \(person.role), answers the page and is standing by."))
    }

    /// `test` needs its tester on the incident: one not reached yet is paged now, and the test runs
    /// once they answer (blind play: Nina tested a fix without ever being paged). Nil when they are in.
    private mutating func testerPaged(_ tester: Person, raw: String, player: Player) -> [Output]? {
        var paged = false
        if pageAnswer(of: tester.id) == nil {
            guard !isEngaged(tester.id), fixUnderTest != nil else { return nil }
            add(.paged, to: tester.id)
            schedule(.arrival(tester.id), at: state.clock + tester.responseTime)
            paged = true
        }
        guard let answer = pageAnswer(of: tester.id) else { return nil }
        schedule(.scheduled(player: player.name, line: raw), at: answer)
        let page = paged ? "you page \(tester.name) (\(tester.role)), who tests fixes here" : "\(tester.name) has not answered the page yet"
        return [.notice("To test the fix, \(page); the test starts when they answer (about \(localClock.dayAndTime(at: answer))).")]
    }
}
