/// What changed from scenario format 1 to format 2, as data: `tabletop migrate` rewrites by it, and the
/// loader reads a format-1 file by migrating it in memory first, so both formats mean the same.
///
/// Format 2 names each concept once, the way the severity matrix spells its signals (`attacker-present`
/// in `truth:`, in conditions as `truth(attacker-present)` and in effects); `trigger:` says when something
/// happens, `only_if:` guards, `met_if:` says when a step's criterion or ideal move is met; the real-time
/// length of a drill is `estimated_play_time`; runbook steps are named by slug.
public enum FormatChanges {
    /// The format that format-1 files are migrated to.
    public static let current = 2

    /// One key renamed in format 2, in the mapping the JSON Schema calls `definition`.
    public struct Rename: Sendable {
        public let definition: String
        public let old: String
        public let new: String
    }

    /// Every key renamed in format 2. A trap's `when` is the exception the migrator decides by content:
    /// with an `action:` it guards that action (`only_if`), without one it springs the trap (`trigger`).
    public static let renames: [Rename] = [
        Rename(definition: "scenario", old: "duration", new: "estimated_play_time"),
        Rename(definition: "truth", old: "personal_data", new: "personal-data"),
        Rename(definition: "truth", old: "comms_compromised", new: "comms-compromised"),
        Rename(definition: "truth", old: "false_positive", new: "false-positive"),
        Rename(definition: "truth", old: "public_statement_likely", new: "public-statement-likely"),
        Rename(definition: "truth", old: "attacker_present", new: "attacker-present"),
        Rename(definition: "severityStage", old: "from", new: "only_if"),
        Rename(definition: "answer", old: "when", new: "only_if"),
        Rename(definition: "inject", old: "when", new: "trigger"),
        Rename(definition: "response", old: "when", new: "only_if"),
        Rename(definition: "trap", old: "when", new: "trigger"),
        Rename(definition: "criterion", old: "when", new: "met_if"),
        Rename(definition: "idealStep", old: "when", new: "met_if"),
        Rename(definition: "outcome", old: "when", new: "trigger"),
        Rename(definition: "effects", old: "attacker", new: "attacker-present"),
    ]

    /// A trap's `when` beside an `action:` is a guard on that action.
    static let guardedTrapKey = "only_if"

    /// The values of format 1's `attacker:` effect and what format 2's `attacker-present:` says instead.
    static let attackerValues = ["present": "true", "gone": "false"]

    /// Condition spellings of format 1 and the format-2 spelling of the same concept.
    public static let conditionSpellings: [(old: String, new: String)] = [
        ("attacker.present", "truth(attacker-present)"),
        ("truth(insider-suspected)", "truth(insider)"),
    ]

    /// Which keys of each mapping hold further mappings (or lists of them), and their definitions.
    static let children: [String: [String: String]] = [
        "scenario": ["variables": "variable", "inspired_by": "inspiration", "channels": "channel", "truth": "truth", "facts": "fact", "cast": "person", "assets": "asset", "groups": "group", "injects": "inject",
                     "responses": "response", "traps": "trap", "clocks": "clock", "scoring": "stepOverride",
                     "debrief": "debrief", "end": "end"],
        "truth": ["severity": "severityStage"],
        "person": ["answers": "answer"],
        "asset": ["inspect": "finding", "logs": "finding"],
        "answer": ["effects": "effects"],
        "inject": ["contingency": "contingency", "decision": "decision", "effects": "effects"],
        "decision": ["options": "option", "on_timeout": "timeoutOutcome"],
        "option": ["effects": "effects"],
        "timeoutOutcome": ["effects": "effects"],
        "response": ["effects": "effects"],
        "stepOverride": ["criteria": "criterion", "rubric": "concept", "must_not_claim": "claim"],
        "debrief": ["ideal": "idealStep", "lessons": "stepLesson"],
        "end": ["outcomes": "outcome"],
    ]

    /// The format-1 keys whose values are conditions.
    static let conditionKeys: [String: Set<String>] = [
        "fact": ["available"], "severityStage": ["from"], "answer": ["when"], "inject": ["when", "unless"],
        "response": ["when"], "trap": ["when"], "clock": ["starts", "stops"], "criterion": ["when"],
        "idealStep": ["when"], "outcome": ["when"],
    ]

    /// The keys whose values are runbook steps (one or a list).
    static let stepKeys: [String: Set<String>] = [
        "inject": ["expects"], "option": ["steps"], "contingency": ["step"], "trap": ["step"], "clock": ["step"],
        "stepOverride": ["step"], "idealStep": ["step"], "stepLesson": ["step"],
    ]

    /// The format-2 name of a format-1 key of `definition`; nil when it is not renamed.
    static func renamed(_ key: String, in definition: String) -> String? {
        renames.first { $0.definition == definition && $0.old == key }?.new
    }
}
