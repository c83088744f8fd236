import Foundation
import Yams

/// Turns the bytes of a file into a Yams node tree, or into located diagnostics; never traps.
enum YAMLDocument {
    /// Files larger than this are refused before parsing: no scenario needs more.
    static let maximumBytes = 2 * 1024 * 1024
    /// Deeper nesting is refused before parsing, so that recursive descent cannot exhaust the stack.
    static let maximumNesting = 100
    /// Documents expanding (through aliases) to more nodes than this are refused.
    static let maximumNodes = 200_000

    /// Decodes bytes as UTF-8 text, reporting the first invalid byte or NUL with its position.
    static func decode(path: String, bytes: [UInt8]) -> Result<SourceFile, Diagnostic> {
        if bytes.count > maximumBytes {
            let megabytes = String(format: "%.1f", Double(bytes.count) / 1_048_576)
            return .failure(Diagnostic(path: path, location: nil, severity: .error,
                                       message: "file is \(megabytes) MB; scenario and scoring files are limited to 2 MB"))
        }
        var line = 1, lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1; lineStart = index + 1 }
            if byte == 0 {
                return .failure(binaryDiagnostic(path: path, bytes: bytes, line: line, lineStart: lineStart, offset: index,
                                                 what: "a NUL byte"))
            }
            // Raw control characters would reach a terminal through every text that quotes them.
            if byte < 0x20, byte != 0x0A, byte != 0x09, byte != 0x0D || bytes[(index + 1)...].first != 0x0A {
                return .failure(binaryDiagnostic(path: path, bytes: bytes, line: line, lineStart: lineStart, offset: index,
                                                 what: "a control character (\(TerminalText.visible(Unicode.Scalar(byte)))); text may hold only printable characters, tabs and line breaks",
                                                 expectation: false))
            }
            if byte == 0x7F {
                return .failure(binaryDiagnostic(path: path, bytes: bytes, line: line, lineStart: lineStart, offset: index,
                                                 what: "a control character (DEL); text may hold only printable characters, tabs and line breaks",
                                                 expectation: false))
            }
            index += 1
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes)
            let before = bytes[..<offset]
            let badLine = before.count(where: { $0 == 0x0A }) + 1
            let start = (before.lastIndex(of: 0x0A) ?? -1) + 1
            return .failure(binaryDiagnostic(path: path, bytes: bytes, line: badLine, lineStart: start, offset: offset,
                                             what: "bytes that are not UTF-8"))
        }
        if let diagnostic = c1Control(path: path, text: text) { return .failure(diagnostic) }
        return .success(SourceFile(path: path, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text))
    }

    private static func binaryDiagnostic(path: String, bytes: [UInt8], line: Int, lineStart: Int, offset: Int, what: String,
                                         expectation: Bool = true) -> Diagnostic {
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return Diagnostic(path: path, location: SourceLocation(line: line, column: prefix.unicodeScalars.count + 1),
                          severity: .error, message: "file contains \(what)" + (expectation ? "; expected a YAML text file" : ""))
    }

    /// The first C1 control character (U+0080 to U+009F, which terminals act on as they do on ESC
    /// sequences), located; the YAML parser would refuse it without saying where.
    private static func c1Control(path: String, text: String) -> Diagnostic? {
        guard text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if (0x80...0x9F).contains(scalar.value) {
                return Diagnostic(path: path, location: SourceLocation(line: line, column: column), severity: .error,
                                  message: "file contains a control character (\(TerminalText.visible(scalar))); text may hold only printable characters, tabs and line breaks")
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return min(offset, max(0, bytes.count - 1))
    }

    /// Parses the text into a single root node; nil with diagnostics when it cannot.
    static func parse(_ source: SourceFile, into collector: DiagnosticCollector) -> Node? {
        if let problem = YAMLPrecheck.problem(in: source, maximumNesting: maximumNesting) {
            collector.error(problem.message, at: problem.location)
            return nil
        }
        let root: Node?
        do {
            // The basic resolver tags every scalar a string without trying Yams' regular expressions
            // (int, float, bool, null, timestamp) on each one: the builders read scalars as text and
            // check numbers and booleans themselves, and the tag matching cost most of Yams' time on a
            // large scenario (issue 21). Keys written once plain and once quoted ('1' and "1") are now
            // duplicates too, as they read the same.
            root = try Yams.compose(yaml: source.text, .basic)
        } catch let error as YamlError {
            report(error, source: source, into: collector)
            return nil
        } catch {
            collector.error("could not read YAML: \(error)", at: nil)
            return nil
        }
        guard let root else {
            collector.error("file is empty; a scenario starts with 'format: 1'", at: nil)
            return nil
        }
        var count = 0
        if !withinNodeLimit(root, count: &count) {
            collector.error("document expands to more than \(maximumNodes) values; are aliases ('*name') repeating an anchor over and over?",
                            at: root.mark.map(location))
            return nil
        }
        return root
    }

    static func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(line: mark.line, column: mark.column)
    }

    private static func withinNodeLimit(_ node: Node, count: inout Int) -> Bool {
        count += 1
        guard count <= maximumNodes else { return false }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard withinNodeLimit(key, count: &count), withinNodeLimit(value, count: &count) else { return false }
            }
        case .sequence(let sequence):
            for element in sequence {
                guard withinNodeLimit(element, count: &count) else { return false }
            }
        default:
            break
        }
        return true
    }

    private static func report(_ error: YamlError, source: SourceFile, into collector: DiagnosticCollector) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let location = location(mark)
            if let line = source.line(location.line), line.unicodeScalars.dropFirst(location.column - 1).first == "\t" {
                collector.error("tab character; YAML indentation must use spaces", at: location)
            } else if problem.contains("end of stream"), let context {
                // The end of the file is no place to look; where the unfinished construct began is.
                collector.error("YAML syntax error: \(problem) \(context.text)", at: self.location(context.mark))
            } else {
                collector.error("YAML syntax error: \(problem)", at: location)
            }
        case .duplicatedKeysInMapping(let duplicates, let context):
            collector.error("key '\(duplicates.first ?? "?")' appears more than once in the same mapping", at: location(context.mark))
        case .reader(let problem, _, _, _):
            collector.error("could not read the file: \(problem)", at: nil)
        default:
            collector.error("could not read YAML: \(error)", at: nil)
        }
    }
}
