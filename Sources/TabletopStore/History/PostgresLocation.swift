import Foundation
import NIOSSL
import PostgresNIO

/// A PostgreSQL history's address, from `--db` or `TABLETOP_DATABASE_URL`:
/// `postgres://user@host:5432/db?sslmode=require` (or `?host=/run/postgresql` for a Unix socket).
///
/// The password is never taken from `--db`, where `ps` would show it: it comes from
/// `TABLETOP_DATABASE_URL` (the environment), `PGPASSWORD`, or a password file (`passfile=` in the URL,
/// `PGPASSFILE`, else `~/.pgpass`, in libpq's `host:port:database:user:password` format). Messages name
/// the database by `description`, which never holds it.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    /// A Unix socket folder (`host=/path` in the query), instead of TCP.
    public var socketFolder: String?
    /// libpq's sslmode: disable, allow, prefer (the default), require, verify-ca, verify-full.
    public var sslMode: String
    /// A CA bundle for verify-ca / verify-full (`sslrootcert=`).
    public var rootCertificate: String?
    /// A password file named in the URL (`passfile=`).
    public var passwordFile: String?
    /// A password given in the URL; accepted only from the environment.
    var urlPassword: String?

    static let sslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]

    /// Whether `text` names a PostgreSQL database rather than an SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a URL; `fromCommandLine` refuses one with a password in it.
    public init(url text: String, fromCommandLine: Bool) throws {
        guard let components = URLComponents(string: text), Self.isURL(text) else {
            throw StoreError("not a PostgreSQL URL (postgres://user@host:5432/database?sslmode=require)")
        }
        if components.password != nil, fromCommandLine {
            throw StoreError("--db must not hold a password (anyone can read it with ps); put it in PGPASSWORD, a password file (PGPASSFILE or ~/.pgpass), or TABLETOP_DATABASE_URL")
        }
        urlPassword = components.password.flatMap { $0.removingPercentEncoding }
        let environment = ProcessInfo.processInfo.environment
        user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        sslMode = "prefer"
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, Self.sslModes.contains(value) else {
                    throw StoreError("sslmode must be one of \(Self.sslModes.joined(separator: ", ")), not '\(item.value ?? "")'")
                }
                sslMode = value
            case "host": socketFolder = item.value
            case "sslrootcert": rootCertificate = item.value
            case "passfile": passwordFile = item.value
            case "application_name", "connect_timeout": break
            default: throw StoreError("the PostgreSQL URL has an option tabletop does not know: '\(item.name)'")
            }
        }
    }

    /// The URL without any password, for messages.
    public var description: String {
        var text = "postgres://\(user)@\(host):\(port)/\(database)"
        var options: [String] = []
        if let socketFolder { options.append("host=\(socketFolder)") }
        if sslMode != "prefer" { options.append("sslmode=\(sslMode)") }
        if !options.isEmpty { text += "?" + options.joined(separator: "&") }
        return text
    }

    /// The password: the URL's (environment only), `PGPASSWORD`, else the first matching line of the
    /// password file. A password file others can read is refused, as libpq does.
    func password(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let urlPassword { return urlPassword }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let file = passwordFile ?? environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
        guard let file, let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: file),
           let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            throw StoreError("the password file \(file) can be read by others; chmod 600 it")
        }
        let wanted = [socketFolder == nil ? host : "localhost", String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.passwordFileFields(String(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A password file line's five fields; `\:` and `\\` are literal.
    static func passwordFileFields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped { current.append(character); escaped = false }
            else if character == "\\" { escaped = true }
            else if character == ":" { fields.append(current); current = "" }
            else { current.append(character) }
        }
        fields.append(current)
        return fields
    }

    /// PostgresNIO's configuration: TLS as sslmode says, the password as above.
    func configuration() throws -> PostgresConnection.Configuration {
        let password = try password()
        var configuration: PostgresConnection.Configuration
        if let socketFolder {
            configuration = .init(unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            configuration = .init(host: host, port: port, username: user, password: password, database: database, tls: try tls())
        }
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case "disable": return .disable
        case "verify-full": settings.certificateVerification = .fullVerification
        case "verify-ca": settings.certificateVerification = .noHostnameVerification
        default: settings.certificateVerification = .none  // libpq's allow/prefer/require encrypt without checking who answers
        }
        if let rootCertificate { settings.trustRoots = .file(rootCertificate) }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: settings)
        } catch {
            throw StoreError("cannot set up TLS for \(description): \(error)")
        }
        return ["allow", "prefer"].contains(sslMode) ? .prefer(context) : .require(context)
    }
}
