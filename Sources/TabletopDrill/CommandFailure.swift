import Foundation
import TabletopStore

/// A failure whose message has been written for a person; printed as it is, exit status 1.
public struct CommandFailure: Error, CustomStringConvertible, Sendable {
    /// The message, as printed.
    public let description: String
    /// A failure with its message.
    public init(_ message: String) { description = message }

    /// An error in words for a person, without a leading "error: " (warnings quote it).
    public static func describe(_ error: any Error) -> String {
        let text = switch error {
        case let failure as CommandFailure: failure.description
        case let store as StoreError: store.description
        // Foundation's errors say it best in their localized text; ours in their description.
        default: type(of: error) is NSError.Type ? error.localizedDescription : String(describing: error)
        }
        return text.hasPrefix("error: ") ? String(text.dropFirst(7)) : text
    }
}
