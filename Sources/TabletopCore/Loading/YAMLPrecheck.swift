/// A cheap scan of the raw text before YAML parsing, for shapes that would make the parser itself
/// recurse too deeply or spend exponential time: deep nesting; aliases inside anchored values (each
/// level multiplies the expansion, the "billion laughs"); and aliases, lists or mappings used as keys
/// (the parser hashes every key, and an alias expands to everything it points at).
///
/// None of these shapes is useful in a scenario or scoring file, so refusing them costs authors nothing.
enum YAMLPrecheck {
    static func problem(in source: SourceFile, maximumNesting: Int) -> (message: String, location: SourceLocation)? {
        var flowDepth = 0
        var quote: Unicode.Scalar?
        // Anchored values being read: block ones by the indentation of their anchor's line, flow ones by depth.
        var blockAnchors: [Int] = []
        var flowAnchorDepth: Int?
        let nestedAlias = "an alias ('*name') inside an anchored value; aliases of aliases can expand without limit"
        for (lineIndex, line) in source.lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            let lineIndent = scalars.prefix { $0 == " " }.count
            let isContent = quote == nil && lineIndent < scalars.count && scalars[lineIndent] != "#"
            if isContent { blockAnchors.removeAll { lineIndent <= $0 } }
            var indentation = 0
            var inIndentation = true
            var index = 0
            func location(_ offset: Int) -> SourceLocation { SourceLocation(line: lineIndex + 1, column: offset + 1) }
            func nextNonSpace(after position: Int) -> Unicode.Scalar? {
                var cursor = position
                while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
                return cursor < scalars.count ? scalars[cursor] : nil
            }
            /// ':' that ends a key: followed by a space, the end of the line, or a flow separator.
            func isKeyColon(at position: Int) -> Bool {
                var cursor = position
                while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
                guard cursor < scalars.count, scalars[cursor] == ":" else { return false }
                let after = cursor + 1 < scalars.count ? scalars[cursor + 1] : " "
                return after == " " || after == "\t" || after == "," || after == "]" || after == "}"
            }
            while index < scalars.count {
                let scalar = scalars[index]
                let previous: Unicode.Scalar = index == 0 ? " " : scalars[index - 1]
                if inIndentation, scalar == " " || scalar == "-" { indentation += 1 } else { inIndentation = false }
                if let open = quote {
                    if open == "\"", scalar == "\\" { index += 2; continue }
                    if scalar == open {
                        if open == "'", index + 1 < scalars.count, scalars[index + 1] == "'" { index += 2; continue }
                        quote = nil
                    }
                    index += 1
                    continue
                }
                let atTokenStart = " \t[{,:".unicodeScalars.contains(previous) || index == 0
                if scalar == "#", previous == " " || previous == "\t" || index == 0 { break }
                switch scalar {
                case "\"" where atTokenStart, "'" where atTokenStart:
                    quote = scalar
                case "[", "{":
                    flowDepth += 1
                    if flowDepth > maximumNesting {
                        return ("values are nested more than \(maximumNesting) levels deep", location(index))
                    }
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                    if let depth = flowAnchorDepth, flowDepth < depth { flowAnchorDepth = nil }
                    if isKeyColon(at: index + 1) {
                        return ("a list or mapping cannot be used as a key; keys are plain words", location(index))
                    }
                case "*" where atTokenStart:
                    var end = index + 1
                    while end < scalars.count, !" \t,[]{}:".unicodeScalars.contains(scalars[end]) { end += 1 }
                    if end > index + 1, isKeyColon(at: end) {
                        return ("an alias ('*name') cannot be used as a key; keys are plain words", location(index))
                    }
                    if !blockAnchors.isEmpty || flowAnchorDepth != nil {
                        return (nestedAlias, location(index))
                    }
                    index = end
                    continue
                case "&" where atTokenStart:
                    var end = index + 1
                    while end < scalars.count, !" \t,[]{}".unicodeScalars.contains(scalars[end]) { end += 1 }
                    switch nextNonSpace(after: end) {
                    case nil, "#": blockAnchors.append(lineIndent)
                    case "[", "{": if flowAnchorDepth == nil { flowAnchorDepth = flowDepth + 1 }
                    default: break
                    }
                    index = end
                    continue
                case "?" where atTokenStart:
                    if let next = nextNonSpace(after: index + 1), index + 1 < scalars.count, scalars[index + 1] == " " || scalars[index + 1] == "\t" {
                        _ = next
                        return ("complex keys ('? ') are not supported; keys are plain words", location(index))
                    } else if index + 1 == scalars.count {
                        return ("complex keys ('? ') are not supported; keys are plain words", location(index))
                    }
                default:
                    break
                }
                index += 1
            }
            if indentation > 2 * maximumNesting {
                return ("line is indented more than \(2 * maximumNesting) columns; values are nested too deeply", location(0))
            }
        }
        return nil
    }
}
