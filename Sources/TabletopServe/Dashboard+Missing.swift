import Hummingbird

extension Dashboard {
    /// The routes `router()` answers, by method and path segments (`:` for a parameter), so a request
    /// no route answers can be told apart: a known path with another method (405), or no page (404).
    static let routes: [(method: String, segments: [String])] = [
        ("GET", []), ("GET", ["cohort"]), ("GET", ["trends"]), ("GET", ["plan"]), ("GET", ["sessions", ":"]), ("POST", ["plan", ":", ":"]),
    ]

    /// The page for a request no route answers, in the dashboard's layout with a link home: 405 naming the
    /// methods the path takes (also returned, for the `Allow` header), else 404 naming the path as text.
    public func missing(method: String, path: String) -> (page: Page, allow: String?) {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let methods = Self.routes.filter { route in
            route.segments.count == segments.count && zip(route.segments, segments).allSatisfy { $0 == ":" || $0 == $1 }
        }.map(\.method)
        // What the reader typed, decoded as a browser shows it, shortened: the template escapes it.
        let shown = String((path.removingPercentEncoding ?? path).prefix(200))
        if !methods.isEmpty {
            let allow = methods.joined(separator: ", ")
            return (problem(405, "Method not allowed", "\(shown) answers \(allow), not \(String(method.prefix(20)))."), allow)
        }
        return (problem(404, "No such page", "The dashboard has no page at \(shown). Its pages are the exercises, the cohort report, the trends and the improvement plan."), nil)
    }
}

/// Answers requests no route takes with the dashboard's own 404 and 405 pages, where Hummingbird gives
/// an empty 404.
struct MissingPages<Context: RequestContext>: RouterMiddleware {
    let dashboard: Dashboard

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let (page, allow) = dashboard.missing(method: request.method.rawValue, path: request.uri.path)
            var response = Dashboard.response(page)
            if let allow { response.headers[.allow] = allow }
            return response
        }
    }
}
