/// A 1-based line and column in a source file; columns count Unicode scalars, as Yams reports them.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, in Unicode scalars.
    public let column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// The location a column further on the same line.
    public func advanced(by columns: Int) -> SourceLocation {
        SourceLocation(line: line, column: column + columns)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
