import Crypto
import Foundation
import NIOSSL
import SwiftASN1
import X509

/// The host's TLS identity for a team drill: a P-256 key, a self-signed certificate made for it at start,
/// and the key's fingerprint, which participants pin with `join --fingerprint`.
///
/// A facilitator and their team share no certificate authority, so the fingerprint (printed in every
/// join command, like an SSH host key) is what proves a participant reached the real server. It is taken
/// over the public key, not the certificate, so a host restarted from the same key keeps it.
public struct DrillIdentity: Sendable {
    /// The private key, PEM-encoded, for saving beside the session so a restart keeps the fingerprint.
    public let privateKeyPEM: String
    /// `SHA256:` and the base64 SHA-256 of the public key's SubjectPublicKeyInfo, as OpenSSH writes fingerprints.
    public let fingerprint: String
    let context: NIOSSLContext
    /// The server side's TLS configuration (self-signed certificate and key), for other servers of tabletop
    /// (the dashboard) that present the same identity.
    public let serverConfiguration: TLSConfiguration

    /// A new identity with a fresh key.
    public static func generate() throws -> DrillIdentity {
        try DrillIdentity(key: P256.Signing.PrivateKey())
    }

    /// The identity of a key saved earlier.
    public init(privateKeyPEM: String) throws {
        let key: P256.Signing.PrivateKey
        do {
            key = try P256.Signing.PrivateKey(pemRepresentation: privateKeyPEM)
        } catch {
            throw ServerError("the saved TLS key is not a P-256 private key in PEM form (\(error))")
        }
        try self.init(key: key)
    }

    private init(key: P256.Signing.PrivateKey) throws {
        privateKeyPEM = key.pemRepresentation
        fingerprint = Self.fingerprint(subjectPublicKeyInfo: [UInt8](key.publicKey.derRepresentation))
        let name = try DistinguishedName { CommonName("tabletop team drill") }
        let now = Date()
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(key.publicKey),
            notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(90 * 86_400),
            issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions { Critical(BasicConstraints.notCertificateAuthority) },
            issuerPrivateKey: .init(key))
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: serializer.serializedBytes, format: .der))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: [UInt8](privateKeyPEM.utf8), format: .pem)))
        context = try NIOSSLContext(configuration: configuration)
        serverConfiguration = configuration
    }

    /// The fingerprint of a public key given as DER SubjectPublicKeyInfo.
    public static func fingerprint(subjectPublicKeyInfo: [UInt8]) -> String {
        "SHA256:" + Data(SHA256.hash(data: subjectPublicKeyInfo)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }
}
