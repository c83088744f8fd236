/// A cheap scan of the raw text before YAML parsing, for shapes that would make the parser itself
/// recurse too deeply or spend exponential time: deep nesting; aliases inside anchored values (each
/// level multiplies the expansion, the "billion laughs"); and aliases, lists or mappings used as keys
/// (the parser hashes every key, and an alias expands to everything it points at).
///
/// None of these shapes is useful in a scenario or scoring file, so refusing them costs authors nothing.
struct YAMLPrecheck {
    /// What is wrong, and where.
    typealias Problem = (message: String, location: SourceLocation)

    /// The first refused shape in the file, or nil when the parser can be given it.
    static func problem(in source: SourceFile, maximumNesting: Int) -> Problem? {
        var scan = YAMLPrecheck(maximumNesting: maximumNesting)
        for (lineIndex, line) in source.lines.enumerated() {
            if let problem = scan.check(Array(line.unicodeScalars), lineNumber: lineIndex + 1) { return problem }
        }
        return nil
    }

    private static let nestedAlias = "an alias ('*name') inside an anchored value; aliases of aliases can expand without limit"
    private static let complexKey = "complex keys ('? ') are not supported; keys are plain words"
    /// What a token starts after, besides the start of the line.
    private static let tokenStarts = " \t[{,:".unicodeScalars

    private let maximumNesting: Int
    // What carries over from line to line.
    private var flowDepth = 0
    private var quote: Unicode.Scalar?
    // Anchored values being read: block ones by the indentation of their anchor's line, flow ones by depth.
    private var blockAnchors: [Int] = []
    private var flowAnchorDepth: Int?
    // The line being read.
    private var scalars: [Unicode.Scalar] = []
    private var lineNumber = 0
    private var lineIndent = 0

    private init(maximumNesting: Int) {
        self.maximumNesting = maximumNesting
    }

    /// Reads one line, carrying quotes, flow depth and open anchors over to the next.
    private mutating func check(_ line: [Unicode.Scalar], lineNumber: Int) -> Problem? {
        scalars = line
        self.lineNumber = lineNumber
        lineIndent = scalars.prefix { $0 == " " }.count
        let isContent = quote == nil && lineIndent < scalars.count && scalars[lineIndent] != "#"
        if isContent { blockAnchors.removeAll { lineIndent <= $0 } }
        var indentation = 0
        var inIndentation = true
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let previous: Unicode.Scalar = index == 0 ? " " : scalars[index - 1]
            if inIndentation, scalar == " " || scalar == "-" { indentation += 1 } else { inIndentation = false }
            if let open = quote {
                index = skipQuoted(open, at: index)
                continue
            }
            if scalar == "#", previous == " " || previous == "\t" || index == 0 { break }
            let atTokenStart = Self.tokenStarts.contains(previous) || index == 0
            if let problem = scanToken(at: &index, atTokenStart: atTokenStart) { return problem }
        }
        if indentation > 2 * maximumNesting {
            return ("line is indented more than \(2 * maximumNesting) columns; values are nested too deeply", location(0))
        }
        return nil
    }

    /// Inside a quoted scalar: where reading goes on, closing the quote when it ends here.
    private mutating func skipQuoted(_ open: Unicode.Scalar, at index: Int) -> Int {
        let scalar = scalars[index]
        if open == "\"", scalar == "\\" { return index + 2 }
        if scalar == open {
            if open == "'", index + 1 < scalars.count, scalars[index + 1] == "'" { return index + 2 }
            quote = nil
        }
        return index + 1
    }

    /// Reads the token that starts at `index` and moves `index` past it.
    private mutating func scanToken(at index: inout Int, atTokenStart: Bool) -> Problem? {
        let scalar = scalars[index]
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
            return scanAlias(at: &index)
        case "&" where atTokenStart:
            scanAnchor(at: &index)
            return nil
        case "?" where atTokenStart:
            let spaceFollows = index + 1 < scalars.count && (scalars[index + 1] == " " || scalars[index + 1] == "\t")
            if nextNonSpace(after: index + 1) != nil && spaceFollows || index + 1 == scalars.count {
                return (Self.complexKey, location(index))
            }
        default:
            break
        }
        index += 1
        return nil
    }

    /// `*name`: refused as a key, and inside an anchored value.
    private func scanAlias(at index: inout Int) -> Problem? {
        var end = index + 1
        while end < scalars.count, !" \t,[]{}:".unicodeScalars.contains(scalars[end]) { end += 1 }
        if end > index + 1, isKeyColon(at: end) {
            return ("an alias ('*name') cannot be used as a key; keys are plain words", location(index))
        }
        if !blockAnchors.isEmpty || flowAnchorDepth != nil {
            return (Self.nestedAlias, location(index))
        }
        index = end
        return nil
    }

    /// `&name`: the value it anchors is a block one (nothing follows on the line) or a flow one.
    private mutating func scanAnchor(at index: inout Int) {
        var end = index + 1
        while end < scalars.count, !" \t,[]{}".unicodeScalars.contains(scalars[end]) { end += 1 }
        switch nextNonSpace(after: end) {
        case nil, "#": blockAnchors.append(lineIndent)
        case "[", "{": if flowAnchorDepth == nil { flowAnchorDepth = flowDepth + 1 }
        default: break
        }
        index = end
    }

    private func location(_ offset: Int) -> SourceLocation { SourceLocation(line: lineNumber, column: offset + 1) }

    private func nextNonSpace(after position: Int) -> Unicode.Scalar? {
        var cursor = position
        while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
        return cursor < scalars.count ? scalars[cursor] : nil
    }

    /// ':' that ends a key: followed by a space, the end of the line, or a flow separator.
    private func isKeyColon(at position: Int) -> Bool {
        var cursor = position
        while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
        guard cursor < scalars.count, scalars[cursor] == ":" else { return false }
        let after = cursor + 1 < scalars.count ? scalars[cursor + 1] : " "
        return after == " " || after == "\t" || after == "," || after == "]" || after == "}"
    }
}
