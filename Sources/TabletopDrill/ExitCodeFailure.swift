/// Exit with status 1 after the diagnostics were printed.
public enum ExitCodeFailure: Error {
    /// The input had errors, which were shown.
    case invalidInput
}
