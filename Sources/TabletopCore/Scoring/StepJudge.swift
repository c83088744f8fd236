import Foundation

/// Decides which runbook steps an action is evidence for, the same way in the engine (live) and in the
/// scorer (afterwards): a typed verb counts only when it means something in this scenario.
///
/// A step the scenario gives criteria is judged by the world alone, never by its verbs; an indicator
/// must be one the scenario mentions somewhere; a step's text must carry at least one concept of its
/// rubric; and a step's actions count only once the steps it requires are done.
struct StepJudge: Sendable {
    let runbook: Runbook
    /// The scenario's per-step overrides by step number.
    let overrides: [Int: StepOverride]
    /// The scenario's people by id (some steps do not count people of some teams).
    let people: [String: Person]
    /// Every word the scenario's texts contain, for judging whether an indicator belongs to this incident.
    let mentioned: Set<String>
    /// Whether the company's own chat is read by the adversary or the suspect (`truth: comms_compromised`).
    let commsCompromised: Bool

    init(runbook: Runbook, scenario: Scenario) {
        self.runbook = runbook
        overrides = Dictionary(scenario.scoring.map { ($0.step, $0) }, uniquingKeysWith: { first, _ in first })
        people = Dictionary(scenario.cast.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        mentioned = Self.mentionedMemo.value(scenario.texts) { Set($0.flatMap { Self.indicatorWords($0) }) }
        commsCompromised = scenario.truth.commsCompromised
    }

    /// Whether the scenario judges the step by criteria over the world.
    func judgedByWorld(_ step: Int) -> Bool { !(overrides[step]?.criteria.isEmpty ?? true) }

    /// The steps `action` is evidence for, given which steps are already done.
    func steps(for action: Action, done: (Int) -> Bool) -> [Int] {
        // A review by someone who cannot clear a statement (not legal or communications) is no review.
        if action.verb == .statementReview,
           !Self.reviewerTeams.contains(action.object.flatMap { people[$0] }?.team.lowercased() ?? "") { return [] }
        // Telling someone directly counts as notifying the group their team stands for (legal, PR, leadership).
        if action.verb == .tell {
            guard let audience = Self.audience(ofTeam: action.object.flatMap { people[$0] }?.team) else { return [] }
            return steps(for: Action(verb: .notify, object: audience.rawValue), done: done)
        }
        // A channel in a chat the suspect reads is no private channel, however late (blind31: the insider's admin
        // could read #ir-kai-private, and it was step 2 "late"); an out-of-band group is.
        if action.verb == .channel, commsCompromised, !action.outOfBand { return [] }
        // The numbers only, each step read in place: binding a step (a closure's argument, a loop's variable)
        // copied it whole, every string and list of it retained (issue 21).
        var numbers: [Int] = []
        for position in runbook.steps.indices where counts(runbook.steps[position], for: action, done: done) {
            numbers.append(runbook.steps[position].number)
        }
        return numbers
    }

    private func counts(_ step: RunbookStep, for action: Action, done: (Int) -> Bool) -> Bool {
        // A follow-through ("monitor") counts once the step's own evidence has done it, never alone.
        let followsThrough = step.followThrough.contains { $0.matches(action) } && done(step.number)
        guard !judgedByWorld(step.number), followsThrough || step.isEvidence(action, people: people) else { return false }
        if action.verb.argument == .indicator, let indicator = action.object,
           !Self.indicatorWords(indicator).allSatisfy(mentioned.contains) { return false }
        if let text = action.text, let rubric = overrides[step.number]?.rubric, !rubric.concepts.isEmpty,
           rubric.read(text, negatable: action.verb == .fix).hit.isEmpty { return false }
        return step.requires.allSatisfy(done)
    }

    /// Whether the action asks someone only for their status (`ask sofia update`): such a question is
    /// evidence for a step only when its answer carried findings, which the engine sees as it answers
    /// and records in the decision's `steps` (the scorer keeps those); asking for news is not analysis.
    static func asksOnlyForStatus(_ action: Action) -> Bool {
        action.verb == .ask && Engine.asksForUpdate(Engine.topicWords(action.text ?? ""))
    }

    /// The teams whose people can clear a public statement (`statement review`).
    static let reviewerTeams: Set<String> = ["legal", "communications", "pr", "comms"]

    /// The stakeholder group a team stands for, when it stands for one.
    static func audience(ofTeam team: String?) -> Audience? {
        switch team?.lowercased() {
        case "legal": .legal
        case "communications", "pr", "comms": .pr
        case "leadership": .leadership
        case "hr", "people": .hr
        default: nil
        }
    }

    /// Words of an indicator as written in prose: an address, a domain or a hash survives whole.
    static func indicatorWords(_ text: String) -> [String] {
        indicatorWordsMemo.value(text, compute: computeIndicatorWords)
    }

    /// Indicator words of texts seen in this process: every scorer and engine of a scenario reads all its
    /// texts (`mentioned`), which was a tenth of a scored drill (issue 21; see `TextMemo`).
    private static let indicatorWordsMemo = TextMemo<String, [String]>(limit: 50_000)

    /// The words of a scenario's texts, per list of texts: each session of a cohort or import has its own
    /// jittered scenario (and so its own scorer and engine) but the same texts, and building the set again
    /// for each was 3% of `history import` (issue 21).
    private static let mentionedMemo = TextMemo<[String], Set<String>>(limit: 64)

    private static func computeIndicatorWords(_ text: String) -> [String] {
        asciiIndicatorWords(text) ?? characterIndicatorWords(text)
    }

    /// `computeIndicatorWords` of any text, by its characters.
    static func characterIndicatorWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0.isWhitespace || "\"'(),;:!?[]<>".contains($0) })
            .map(trimmingDots).filter { !$0.isEmpty }
    }

    /// `computeIndicatorWords` of an ASCII text, by its bytes (splitting by `Character` was most of reading a
    /// scenario's words, issue 21); nil for any other text. In ASCII every character is one byte but "\r\n",
    /// whose two bytes are both separators as the pair is, so the words are the same.
    static func asciiIndicatorWords(_ text: String) -> [String]? {
        let words = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            func flush(_ end: Int) {
                var from = start, to = end
                while from < to, bytes[from] == 0x2E { from += 1 }
                while to > from, bytes[to - 1] == 0x2E { to -= 1 }
                guard from < to else { return }
                words.append(String(decoding: bytes[from..<to].lazy.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self))
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                if asciiSeparators[Int(byte)] { flush(index); start = index + 1 }
            }
            flush(bytes.count)
            return words
        }
        return words ?? nil
    }

    /// The ASCII bytes `computeIndicatorWords` splits at: whitespace (as `Character.isWhitespace`) and its punctuation.
    static let asciiSeparators: [Bool] = (0..<128).map { byte in
        (0x09...0x0D).contains(byte) || byte == 0x20 || "\"'(),;:!?[]<>".utf8.contains(UInt8(byte))
    }

    /// A word without the full stops at its ends, as `trimmingCharacters(in: ".")` gives it (by Unicode
    /// scalar) but without bridging to NSString, which was most of the cost of reading a scenario's words.
    static func trimmingDots(_ word: Substring) -> String {
        var scalars = word.unicodeScalars[...]
        while scalars.first == "." { scalars.removeFirst() }
        while scalars.last == "." { scalars.removeLast() }
        return String(scalars)
    }
}

extension Scenario {
    /// Every text of the scenario a trainee could read something in: facts, answers, assets, injects, responses.
    var texts: [String] {
        facts.map(\.text) + cast.flatMap { [$0.defaultAnswer] + $0.answers.map(\.text) }
            + assets.flatMap { [$0.name] + [$0.inspect?.text, $0.logs?.text].compactMap { $0 } }
            + injects.map(\.text) + responses.map(\.text)
    }
}
