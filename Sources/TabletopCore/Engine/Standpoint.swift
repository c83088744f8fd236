/// The part of the organisation a person answers for, read from their role and team: counsel and a
/// data protection officer give the legal view, an analyst the evidence, a leader the business
/// effect, communications what can be said. Asked about something they do not own, people speak
/// from it rather than reciting the inventory (blind7/8: "customer-exports bucket is a bucket,
/// critical criticality" from the DPO).
enum Standpoint: Sendable, Equatable {
    case legal, people, comms, leader, analyst, other

    /// Read from the role and team words; the first that fits wins, so a chief information security
    /// officer speaks for the business and a "Legal counsel and data protection officer" as counsel.
    init(role: String, team: String) {
        let text = " \(role) \(team) ".lowercased()
        let words = Engine.topicWords(text)
        func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
        if any(["counsel", "legal", "lawyer", "privacy", "compliance", "dpo"]) || text.contains("data protection") {
            self = .legal
        } else if any(["hr"]) || text.contains("human resources") {
            self = .people
        } else if any(["communications", "comms", "pr", "press"]) {
            self = .comms
        } else if any(["ceo", "cto", "ciso", "cio", "coo", "cfo", "chief", "director", "vp", "leadership", "executive"])
                    || text.contains("head of") {
            self = .leader
        } else if any(["analyst", "forensic", "forensics", "security", "investigator", "soc"]) {
            self = .analyst
        } else {
            self = .other
        }
    }

    /// Words that say a text is about people's personal data (names, emails, staff records).
    static let personalWords: Set<String> = [
        "personal", "pii", "name", "names", "email", "emails", "phone", "residents", "resident",
        "staff", "employee", "employees", "patient", "patients", "consignee", "consignees", "payroll", "salary",
        "salaries", "birth", "passport", "gdpr",
    ]
}
