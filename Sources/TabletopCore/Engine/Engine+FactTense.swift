extension Engine {
    /// A fact as it reads now: its `past:` wording once its `past_when:` holds (the beacon stopped
    /// when web-03 was isolated), else its text; trimmed. Matching reads `text`; telling reads this.
    func told(_ fact: Fact) -> String {
        if let past = fact.past, holds(past.when) { return past.text.trimmingWhitespaceAndNewlines() }
        return fact.text.trimmingWhitespaceAndNewlines()
    }

    /// `told(_:)` of the fact with this id; nil when there is none.
    func told(fact id: String) -> String? {
        world.factsByID[id].map(told)
    }
}
