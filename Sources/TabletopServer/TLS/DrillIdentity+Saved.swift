import Foundation
import TabletopDrill

extension DrillIdentity {
    /// The drill's TLS identity: the key saved beside the session log (so a restart keeps the fingerprint
    /// participants pinned), or a new one saved there, readable by its owner only.
    public static func saved(beside sessionPath: String) throws -> DrillIdentity {
        let keyPath = SavedJoin.companion(of: sessionPath, suffix: ".key.pem")
        if let saved = FileManager.default.contents(atPath: keyPath) {
            do {
                return try DrillIdentity(privateKeyPEM: String(decoding: saved, as: UTF8.self))
            } catch {
                throw CommandFailure("error: \(keyPath): \(error)")
            }
        }
        let identity = try DrillIdentity.generate()
        guard FileManager.default.createFile(atPath: keyPath, contents: Data(identity.privateKeyPEM.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw CommandFailure("error: cannot save the drill's TLS key at \(keyPath)")
        }
        return identity
    }
}
