extension ScenarioBuilder {
    /// `groups:`: each fleet's real size and member names, checked against the assets that name the
    /// group, so that a sweep covers the fleet the scenario's text describes.
    func readGroups(_ top: MappingReader, assets: [Asset]) -> [AssetGroup] {
        var groups: [AssetGroup] = []
        for node in top.list("groups") {
            guard let (map, id) = identified(node, noun: "group", keys: ScenarioKeys.group, example: "web-fleet", declaring: nil) else { continue }
            guard !groups.contains(where: { $0.id == id.value }) else {
                collector.error("group '\(id.value)' is declared twice", at: id.location)
                continue
            }
            var names: [String] = []
            if let pattern = map.string("members") {
                guard let expanded = AssetGroup.expand(pattern.value) else {
                    collector.error("'members' of \(map.context) must be a name or a numbered pattern such as web-{01..12}, found '\(pattern.value.prefix(40))'",
                                    at: pattern.location)
                    continue
                }
                names = expanded
            }
            let size = map.integer("size", in: 1...1_000_000)
            guard let total = size ?? (names.isEmpty ? nil : names.count) else {
                if !map.has("size") { collector.error("\(map.context) needs 'size: <number>' or 'members: <pattern>' (such as web-{01..12})", at: map.location) }
                continue
            }
            if let size, !names.isEmpty, size != names.count {
                collector.error("\(map.context) has size \(size), but its members pattern names \(names.count)", at: map.keyLocation("size"))
            }
            checkListed(assets.filter { $0.groups.contains(id.value) }, in: map, id: id.value, size: total, names: names)
            groups.append(AssetGroup(id: id.value, size: total, memberNames: names, rest: map.text("rest")))
        }
        return groups
    }

    /// The assets that name the group must fit it: no more of them than its size, each one of its
    /// members, and at least one (a group no asset names cannot be swept).
    private func checkListed(_ listed: [Asset], in map: MappingReader, id: String, size: Int, names: [String]) {
        if listed.isEmpty {
            collector.warning("no asset names \(map.context) in its 'groups', so it cannot be swept", at: map.location)
        }
        if listed.count > size {
            collector.error("\(map.context) has size \(size), but \(listed.count) assets name it in their 'groups'", at: map.keyLocation("size"))
        }
        guard let first = names.first, let last = names.last else { return }
        for asset in listed where !names.contains(asset.id) {
            collector.error("asset '\(asset.id)' names \(map.context), but is not one of its members (\(first) to \(last))", at: map.keyLocation("members"))
        }
    }
}
