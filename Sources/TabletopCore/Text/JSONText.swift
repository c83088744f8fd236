import Foundation

/// The JSON the command line prints (`--json`, `report --format json`): pretty printed with sorted keys,
/// slashes unescaped, and the characters a terminal acts on escaped even inside strings.
public enum JSONText {
    /// `value` as JSON with sorted keys, for stable output.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// JSON with DEL, the C1 controls and the bidirectional overrides written as `\uXXXX` escapes:
    /// JSONEncoder escapes only C0, and a terminal acts on the others when the JSON is printed. They
    /// can only stand inside strings, where the escape means the same character.
    public static func escapingControls(_ json: String) -> String {
        let escaped = { (scalar: Unicode.Scalar) in scalar.value >= 0x7F && TerminalText.isControl(scalar) }
        guard json.unicodeScalars.contains(where: escaped) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if escaped(scalar) {
                result.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
