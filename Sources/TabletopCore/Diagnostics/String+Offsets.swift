extension String {
    /// The distance in Unicode scalars from the start of `self` to the start of `part`, which must be a slice of it.
    func scalarOffset(of part: Substring) -> Int {
        unicodeScalars.distance(from: unicodeScalars.startIndex, to: part.startIndex)
    }
}
