/// What the object of a verb names, so that files and shell lines can be checked and completed.
public enum ArgumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// No object.
    case none
    /// A person of the cast (or a team, by its id), or `me` where it makes sense.
    case person
    /// An asset: host, service, bucket, account, credential, device, data set, evidence.
    case asset
    /// A channel name, such as `#incident` or `#incident-private-acme`.
    case channel
    /// One of `sev1` … `sev4`.
    case severity
    /// A stakeholder group: legal, pr, hr, leadership, law-enforcement, regulator, customers.
    case audience
    /// An indicator of compromise: an IP address, a domain, a hash; free text in one word.
    case indicator
    /// A section of the incident working document.
    case section
    /// A duration such as `30m`.
    case duration
    /// Free text, usually quoted.
    case text
    /// A number of an option at a decision point.
    case choice
    /// A topic: the rest of the line, free words.
    case topic
}

/// The stakeholder groups `notify` knows.
public enum Audience: String, Sendable, Hashable, Codable, CaseIterable {
    case legal, pr, hr, leadership, security
    case lawEnforcement = "law-enforcement"
    case regulator, customers
}

/// The sections of the incident working document that `doc update` can name.
public enum DocumentSection: String, Sendable, Hashable, Codable, CaseIterable {
    case summary, description, timeline, impact
    case rootCause = "root-cause"
    case actions, questions, stakeholders, fix, references
}
