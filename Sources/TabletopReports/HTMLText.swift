/// HTML written straight into a string, escaped exactly as the Mustache templates escape a `{{value}}`
/// (`<`, `>`, `&`, `"` and `'`, compared as characters): the session report and its charts are written
/// by code rather than rendered from their templates, which spent most of a drill's report in the
/// template library's reflection and dynamic casts (issue 21). Tests check the two agree byte for byte.
struct HTMLText {
    /// What has been written so far.
    private(set) var text = ""

    init(capacity: Int = 0) { text.reserveCapacity(capacity) }

    /// Appends markup as it is (a template's own text, or a `{{{value}}}`).
    mutating func raw(_ markup: String) { text += markup }

    /// Appends a value escaped for HTML (a template's `{{value}}`).
    mutating func escaped(_ value: String) {
        // Most values hold none of the five: appended as they are, which is what the loop below gives them.
        guard value.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            text += value
            return
        }
        for character in value {
            switch character {
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "&": text += "&amp;"
            case "\"": text += "&quot;"
            case "'": text += "&#39;"
            default: text.append(character)
            }
        }
    }

    /// Opens a plain list, under its heading when `shown` (a template's `{{#shown}}<h2>…</h2>{{/shown}}` before it).
    mutating func plainList(_ heading: String, shown: Bool) {
        if shown { text += "<h2>" + heading + "</h2>" }
        text += "\n<ul class=\"plain\">"
    }

    /// Appends each value escaped as an `<li>` (a template's `{{#values}}<li>{{.}}</li>{{/values}}`).
    mutating func items(_ values: [String]) {
        for value in values { text += "<li>"; escaped(value); text += "</li>" }
    }

    /// Appends a number as a template writes it.
    mutating func escaped(_ value: Int) { text += String(value) }
}
