/// The keys each mapping of a scenario file accepts; the loader and the JSON Schema must agree on them.
public enum ScenarioKeys {
    public static let top = ["format", "id", "title", "family", "difficulty", "estimated_play_time", "start", "timezone", "briefing",
                             "inspired_by", "truth", "facts", "cast", "assets", "channels", "injects", "responses", "traps",
                             "clocks", "costs", "scoring", "debrief", "end", "variables", "question_timeout", "update_interval", "groups"]
    public static let variable = ["id", "about", "values"]
    public static let inspiration = ["name", "summary", "url"]
    public static let truth = ["personal-data", "comms-compromised", "insider", "false-positive", "public-statement-likely",
                               "attacker-present", "severity"]
    public static let severityStage = ["level", "only_if"]
    public static let fact = ["id", "text", "known", "shows", "available", "past", "past_when"]
    public static let person = ["id", "name", "role", "team", "reachable", "response_time", "must_not_know", "known",
                                "revealed_by", "answers", "default_answer", "briefed_answer"]
    public static let answer = ["topics", "only_if", "text", "reveals", "effects", "knows", "unless_knows"]
    public static let asset = ["id", "name", "kind", "owner", "criticality", "state", "known", "revealed_by", "inspect",
                               "logs", "costs", "groups", "held_by", "purpose"]
    public static let group = ["id", "size", "members", "rest"]
    public static let finding = ["text", "reveals"]
    public static let channel = ["id", "visibility", "members", "compromised", "purpose"]
    public static let inject = ["id", "at", "after", "after_action", "trigger", "contingency", "delay", "jitter", "unless", "from",
                                "sender", "channel", "to", "text", "reveals", "effects", "expects", "decision", "note"]
    public static let contingency = ["step", "by"]
    public static let decision = ["question", "options", "timeout", "on_timeout"]
    public static let timeoutOutcome = ["option", "outcome", "effects"]
    public static let option = ["text", "outcome", "reveals", "effects", "steps", "points", "note"]
    public static let effects = ["severity_floor", "assets", "compromise", "expose", "attacker-present", "end"]
    public static let response = ["action", "only_if", "text", "reveals", "effects", "cost", "scheduled"]
    public static let trap = ["id", "action", "trigger", "only_if", "step", "penalty", "hard_fail", "lesson"]
    public static let clock = ["id", "label", "starts", "duration", "at", "stops", "step", "penalty", "passes"]
    public static let stepOverride = ["step", "applies", "reason", "deadline", "weight", "criteria", "rubric", "must_not_claim"]
    public static let criterion = ["name", "met_if"]
    public static let concept = ["concept", "any", "probe"]
    public static let claim = ["claim", "any"]
    public static let debrief = ["narrative", "questions", "ideal", "lessons"]
    public static let idealStep = ["do", "step", "met_if"]
    public static let stepLesson = ["step", "lesson"]
    public static let end = ["time_limit", "outcomes"]
    public static let outcome = ["id", "kind", "trigger", "text"]

    /// The keys each mapping requires, by definition (the JSON Schema's `required` must agree).
    public static let required: [String: [String]] = [
        "scenario": ["format", "id", "title", "family", "difficulty", "estimated_play_time", "start", "timezone", "briefing", "truth", "cast", "injects", "debrief", "end"],
        "variable": ["id", "about", "values"], "inspiration": ["name", "summary"], "truth": ["severity"], "severityStage": ["level"],
        "fact": ["id", "text"], "person": ["id", "name", "role"], "answer": ["topics", "text"], "asset": ["id", "name", "kind"], "group": ["id"],
        "finding": ["text"], "channel": ["id"], "inject": ["id", "channel", "text"], "contingency": ["step", "by"],
        "decision": ["question", "options"], "timeoutOutcome": ["option", "outcome"], "option": ["text"], "response": ["action", "text"],
        "trap": ["id", "step", "lesson"], "clock": ["id", "label", "starts", "stops", "step"], "stepOverride": ["step"],
        "criterion": ["name", "met_if"], "concept": ["concept", "any"], "claim": ["claim", "any"], "debrief": ["narrative"],
        "idealStep": ["do", "step", "met_if"], "stepLesson": ["step", "lesson"], "end": ["time_limit", "outcomes"], "outcome": ["id", "kind", "text"],
    ]

    /// Every mapping of the format by the name the JSON Schema gives its definition.
    public static let all: [(name: String, keys: [String])] = [
        ("scenario", top), ("variable", variable), ("inspiration", inspiration), ("truth", truth), ("severityStage", severityStage),
        ("fact", fact), ("person", person), ("answer", answer), ("asset", asset), ("group", group), ("finding", finding),
        ("channel", channel), ("inject", inject), ("contingency", contingency), ("decision", decision),
        ("timeoutOutcome", timeoutOutcome), ("option", option), ("effects", effects), ("response", response), ("trap", trap), ("clock", clock),
        ("stepOverride", stepOverride), ("criterion", criterion), ("concept", concept), ("claim", claim), ("debrief", debrief),
        ("idealStep", idealStep), ("stepLesson", stepLesson), ("end", end), ("outcome", outcome),
    ]
}
