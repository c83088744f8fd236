import Foundation
import Hummingbird
import HummingbirdTLS
import NIOCore
import NIOPosix
import NIOSSL

extension Dashboard {
    /// The dashboard's routes: the pages by GET (filters as query parameters) and the tracker's changes by
    /// POST (`routes` lists them); any other request gets a 404 or 405 page. The history is read on NIO's
    /// thread pool, never on the server's event loops.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let dashboard = self
        router.add(middleware: MissingPages(dashboard: dashboard))
        router.get("/") { request, _ in try await Self.serve { try dashboard.exercisesPage(Self.filter(request)) } }
        router.get("/cohort") { request, _ in try await Self.serve { try dashboard.cohortPage(Self.filter(request)) } }
        router.get("/trends") { request, _ in try await Self.serve { try dashboard.trendsPage(Self.filter(request)) } }
        router.get("/plan") { request, _ in try await Self.serve { try dashboard.planPage(Self.filter(request)) } }
        router.get("/sessions/:session") { _, context in
            let session = context.parameters.get("session") ?? ""
            return try await Self.serve { try dashboard.sessionPage(session) }
        }
        router.post("/plan/:session/:item") { request, context in
            let session = context.parameters.get("session") ?? ""
            let item = context.parameters.get("item").flatMap(Int.init) ?? 0
            var request = request
            let body = try await request.collectBody(upTo: 16_384)
            var fields = Self.form(String(buffer: body))
            if fields["token"] == nil, let bearer = request.headers[.authorization], bearer.hasPrefix("Bearer ") {
                fields["token"] = String(bearer.dropFirst(7))
            }
            let form = fields
            let refused = try await NIOThreadPool.singleton.runIfActive { try dashboard.changeItem(session: session, item: item, form: form) }
            if let refused { return Self.response(refused) }
            return Response(status: .seeOther, headers: [.location: "/plan#\(Self.anchor(session, item))"])
        }
        return router
    }

    /// The application serving the dashboard on `host`:`port`, with TLS when given; `onRunning` is told
    /// the port it listens on (the one the system chose for port 0).
    public func application(host: String, port: Int, tls: TLSConfiguration?,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) throws -> some ApplicationProtocol {
        Application(router: router(), server: try tls.map { try .tls(.http1(), tlsConfiguration: $0) } ?? .http1(),
                    configuration: .init(address: .hostname(host, port: port), serverName: "tabletop"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }

    /// A page built on the thread pool (the history's reads block), as a response.
    static func serve(_ build: @escaping @Sendable () throws -> Page) async throws -> Response {
        response(try await NIOThreadPool.singleton.runIfActive(build))
    }

    /// An HTML response.
    static func response(_ page: Page) -> Response {
        Response(status: HTTPResponse.Status(code: page.status),
                 headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                           // Nothing on these pages comes from elsewhere or runs: say so to the browser too.
                           .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: page.html)))
    }

    /// The filters in a request's query, decoded as a browser encodes a GET form (`+` for a space).
    static func filter(_ request: Request) -> DashboardFilter {
        let parameters = form(request.uri.query ?? "")
        return DashboardFilter { parameters[$0] }
    }

    /// The fields of an `application/x-www-form-urlencoded` body or query (`+` for a space, then
    /// percent-decoded); a repeated field keeps its last value.
    static func form(_ body: String) -> [String: String] {
        var components = URLComponents()
        components.percentEncodedQuery = body.replacingOccurrences(of: "+", with: "%20")
        var fields: [String: String] = [:]
        for item in components.queryItems ?? [] { fields[item.name] = item.value ?? "" }
        return fields
    }
}
