extension Engine {
    /// Words that ask who is in a channel or can read it.
    private static let readershipWords: Set<String> = [
        "who", "reads", "read", "readers", "reader", "members", "member", "sees", "see", "seen", "saw", "visible",
        "watch", "watches", "access", "join", "joined", "public", "private",
    ]

    /// Asked who is in a channel or can read it, what the channel is and who of the incident's people are
    /// in it, as anyone at the company could tell (blind37: "who reads #sec-alerts?" got Omar's card, and
    /// `status` listed four people in a forty-member channel). Nil for a line that names no known channel,
    /// asks something else of it, or asks the person to post there.
    func channelAnswer(_ person: Person, question: String, words: Set<String>) -> String? {
        // "Did Kai use his admin rights to read #security?" asks what someone did, not who can read it (blind47 #78).
        let asksADeed = words.contains("did") && scenario.cast.contains { $0.id != person.id && Self.names(words, $0.id, $0.name) }
        guard !Self.isRequest(question), !asksADeed, !words.isDisjoint(with: Self.readershipWords),
              // Named as a channel: "#incident", or "the incident channel"; "the customer communication on the incident"
              // names none (blind49 #74: who reads #incident, for who should own the customer communication).
              let channel = state.channels.first(where: { channel in
                  words.contains(Self.bareChannelName(channel.id))
                      && (question.lowercased().contains("#" + Self.bareChannelName(channel.id)) || !words.isDisjoint(with: ["channel", "channels"]))
              }) else { return nil }
        let people = membersShown(in: channel).compactMap { id in peopleByID[id].flatMap { knows(person: $0) ? $0 : nil } }
            .map { $0.id == person.id ? "me" : "\($0.name), \($0.role)" }
        let among = people.isEmpty ? "" : " Of the people on this incident: \(people.joined(separator: "; "))."
        // Asked whether someone named can read it, that first (blind62 #54, #57, #58: the member list, never the answer).
        let reader = scenario.cast.first { $0.id != person.id && Self.names(words, $0.id, $0.name) }
        let can = reader.map { canRead(channel, $0) } ?? ""
        return "\(can)\(channel.id) is \(channelDescription(channel)).\(among)"
    }

    /// Whether someone can read a channel, as the answer's opening sentence: a member, anyone on a public
    /// channel, an administrator of the chat on a private one, nobody outside an out-of-band group.
    private func canRead(_ channel: ChannelStatus, _ other: Person) -> String {
        let first = Self.firstName(other).capitalized
        if channel.members.contains(other.id) || membersShown(in: channel).contains(other.id) { return "Yes: \(first) is in it. " }
        if channel.outOfBand { return "No: it is an out-of-band group outside the company chat, and \(first) is not in it. " }
        if !channel.isPrivate { return "Yes: it is public, so anyone on the company chat can read it, \(first) included; whether anyone did, nothing records. " }
        // The chat's own card says who administers it and that admins read every private channel.
        let admin = scenario.assets.contains { asset in
            guard let card = asset.inspect?.text else { return false }
            return card.contains(first) && card.lowercased().contains("private channel") && (knows(asset: asset) || asset.owner != nil)
        }
        // Once their own account is cut, the chat's admin rights went with it (blind122 #60: "Yes: Kai is a chat admin"
        // three hours after his account was disabled).
        if admin, let cut = accountCut(of: other) {
            if let opened = channel.openedAt, opened >= cut.at {
                return "No: \(first)'s admin rights went with the cut of \(cut.asset) at \(stamp(cut.at)), before this channel was opened, so \(first) never could. "
            }
            return "Not any more: \(first) was a chat admin, who can read every private channel, until \(cut.asset) was "
                + "\(Self.word(for: cut.state)) at \(stamp(cut.at)); whether \(first) read this one before, nothing can say, as reading leaves no trace in the chat's audit log. "
        }
        if admin {
            return "Yes: \(first) is a chat admin, and admins can read every private channel, this one included; reading leaves no trace in the chat's audit log. "
        }
        return "Not unless someone adds \(first): it is private and not open to them. "
    }

    /// The cut of a person's own account (disabled or revoked), the first if more than one; nil while they still have it.
    func accountCut(of other: Person) -> AssetChange? {
        state.assetChanges.first { change in
            [.disabled, .revoked].contains(change.state) && assetsByID[change.asset].map { $0.owner == other.id && $0.kind == .account } == true
        }
    }

    /// A channel as answers show it: out-of-band, private or public, and for one the scenario declares,
    /// what it is for and how many read it (`public; every security alert lands here; 40 members`).
    func channelDescription(_ channel: ChannelStatus) -> String {
        let kind = channel.outOfBand ? "an out-of-band group" : channel.isPrivate ? "private" : "public"
        return declaredPurpose(of: channel).map { "\(kind); \($0)" } ?? kind
    }

    /// What a channel the scenario declares is for, as written there with its first letter in lower case
    /// (nil for one the trainee opened or one declared without a purpose).
    func declaredPurpose(of channel: ChannelStatus) -> String? {
        guard channel.openedAt == nil, let declared = scenario.channels.first(where: { $0.id == channel.id }),
              !declared.purpose.isEmpty else { return nil }
        return Self.lowercasingFirst(declared.purpose)
    }

    /// A channel's name without its `#`, as `topicWords` reads it.
    static func bareChannelName(_ id: String) -> String {
        String(id.drop(while: { $0 == "#" })).lowercased()
    }

    /// The text with its first letter in lower case, unless the first word is an acronym ("CI alerts").
    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let second = text.dropFirst().first
        if let second, second.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }
}
