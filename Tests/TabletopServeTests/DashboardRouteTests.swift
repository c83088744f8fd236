import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TabletopStore
import TabletopServe

/// The dashboard's routes through Hummingbird's test client: every page, the filters, the tracker's
/// writes and the unknown session.
@Suite struct DashboardRouteTests {
    /// Runs `body` with a client of a dashboard over a fresh fixture history.
    func withClient(token: String? = "s3cret", _ body: @Sendable (DashboardFixture, any TestClientProtocol) async throws -> Void) async throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let app = Application(router: try fixture.dashboard(token: token).router())
        try await app.test(.router) { client in try await body(fixture, client) }
    }

    /// A page's status and text.
    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (status: Int, body: String) {
        try await client.execute(uri: uri, method: .get) { (Int($0.status.code), String(buffer: $0.body)) }
    }

    /// A form posted as a browser sends it.
    func post(_ client: any TestClientProtocol, _ uri: String, _ form: String) async throws -> (status: Int, location: String?) {
        try await client.execute(uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                 body: ByteBuffer(string: form)) { (Int($0.status.code), $0.headers[.location]) }
    }

    @Test func everyPageAnswersWithWhatAManagerLooksFor() async throws {
        try await withClient { _, client async throws in
            let exercises = try await get(client, "/")
            #expect(exercises.status == 200)
            #expect(exercises.body.contains("3 of 3 recorded exercises; 1 provisional; 1 with a hard fail"))
            #expect(exercises.body.contains(#"href="/sessions/s-ana-2""#))
            let cohort = try await get(client, "/cohort")
            #expect(cohort.status == 200)
            #expect(cohort.body.contains("<h1>Cohort report</h1>"))
            #expect(cohort.body.contains(#"<span class="value">3</span><span class="name">drills</span>"#))
            let trends = try await get(client, "/trends")
            #expect(trends.status == 200)
            #expect(trends.body.contains("<td>62 → 88</td>") == false, "different scenarios are different trends")
            #expect(trends.body.contains("<td>62</td>"))
            #expect(trends.body.contains("35*"))
            let plan = try await get(client, "/plan")
            #expect(plan.status == 200)
            #expect(plan.body.contains("6 improvement items: 6 open (2 overdue), 0 done."))
            #expect(plan.body.contains("2026-10-28 (overdue)"))
            let session = try await get(client, "/sessions/s-ana-1")
            #expect(session.status == 200)
            #expect(session.body.contains(#"class="score""#))
            #expect(session.body.contains("Ana Diaz"))
        }
    }

    @Test func filtersFilter() async throws {
        try await withClient { _, client async throws in
            let ana = try await get(client, "/?trainee=Ana+Diaz")
            #expect(ana.body.contains("2 of 3 recorded exercises"))
            #expect(!ana.body.contains("/sessions/s-dana-1"))
            let provisional = try await get(client, "/?provisional=yes")
            #expect(provisional.body.contains("1 of 3 recorded exercises"))
            #expect(provisional.body.contains("/sessions/s-dana-1"))
            let range = try await get(client, "/?from=2026-10-15&to=2026-11-01")
            #expect(range.body.contains("1 of 3"))
            #expect(range.body.contains("/sessions/s-dana-1"))
            let band = try await get(client, "/?band=Proficient&scenario=hostile")
            #expect(band.body.contains("1 of 3"))
            #expect(band.body.contains("/sessions/s-ana-2"))
            let cohort = try await get(client, "/cohort?scenario=example&provisional=no")
            #expect(cohort.body.contains(#"<span class="value">1</span><span class="name">drills</span>"#))
            let plan = try await get(client, "/plan?trainee=Ana+Diaz&from=2026-11-01")
            #expect(plan.body.contains("2 improvement items"))
            let none = try await get(client, "/?trainee=nobody")
            #expect(none.body.contains("No recorded exercise matches these filters."))
        }
    }

    @Test func changesNeedTheTokenAndRecordWhoAndWhen() async throws {
        try await withClient { fixture, client async throws in
            #expect(try await post(client, "/plan/s-ana-1/1", "status=done&by=Mia").status == 403)
            #expect(try await post(client, "/plan/s-ana-1/1", "status=done&by=Mia&token=wrong").status == 403)
            #expect(try fixture.history.planItems(matching: HistoryFilter()).allSatisfy { $0.status == "open" })
            #expect(try await post(client, "/plan/s-ana-1/1", "status=done&token=s3cret").status == 400)
            #expect(try await post(client, "/plan/s-ana-1/9", "status=done&by=Mia&token=s3cret").status == 404)
            let done = try await post(client, "/plan/s-ana-1/1", "status=done&by=Mia+K&owner=Bo+Lind&token=s3cret")
            #expect(done.status == 303)
            #expect(done.location == "/plan#item-s-ana-1-1")
            let item = try #require(try fixture.history.planItems(matching: HistoryFilter()).first { $0.session == "s-ana-1" && $0.plan.item == 1 })
            #expect(item.status == "done")
            #expect(item.owner == "Bo Lind")
            #expect(item.changedBy == "Mia K")
            #expect(item.changedAt == "2026-11-10T12:00:00.000Z")
            let page = try await get(client, "/plan?status=done")
            #expect(page.body.contains("1 improvement items: 0 open (0 overdue), 1 done."))
            #expect(page.body.contains("<bdi>Mia K</bdi>, 2026-11-10 12:00"))
        }
    }

    @Test func aReadOnlyDashboardRefusesChanges() async throws {
        try await withClient(token: nil) { fixture, client async throws in
            #expect(try await post(client, "/plan/s-ana-1/1", "status=done&by=Mia&token=anything").status == 403)
            #expect(try fixture.history.planItems(matching: HistoryFilter()).allSatisfy { $0.changedBy == nil })
            #expect(!(try await get(client, "/plan").body.contains("<form class=\"change\"")))
        }
    }

    @Test func longListsShowTheNewest200AndSaySo() async throws {
        try await withClient { fixture, client async throws in
            for index in 0..<200 {
                let record = try #require(try fixture.history.exercises(matching: HistoryFilter(), withSteps: true).first)
                var copy = record
                copy.session = "bulk-\(index)"
                try fixture.history.record(copy, anchor: nil, forced: nil)
            }
            let page = try await get(client, "/")
            #expect(page.body.contains("203 of 203 recorded exercises; 1 provisional; 1 with a hard fail. Newest first; the newest 200 shown: filter to narrow."))
            #expect(page.body.components(separatedBy: #"href="/sessions/"#).count - 1 == 200)
            let plan = try await get(client, "/plan")
            #expect(plan.body.contains("406 improvement items"))
            #expect(plan.body.contains("the first 200 shown: filter to narrow."))
        }
    }

    @Test func anUnknownSessionIsAClear404() async throws {
        try await withClient { _, client async throws in
            let page = try await get(client, "/sessions/s-nobody")
            #expect(page.status == 404)
            #expect(page.body.contains("<h1>No such exercise</h1>"))
            #expect(page.body.contains("no exercise with session id s-nobody"))
        }
    }

    /// A path no route takes is the dashboard's own 404 page (layout, the path as text, a link home), where
    /// Hummingbird answered an empty body; a known path asked with another method is a 405 saying which.
    @Test func unknownPathsAndMethodsGetRealPages() async throws {
        try await withClient { _, client async throws in
            let missing = try await get(client, "/no/such/%3Cscript%3Ealert(1)%3C/script%3E")
            #expect(missing.status == 404)
            #expect(missing.body.contains("<h1>No such page</h1>") && missing.body.contains(#"<a href="/">Back to the exercises</a>"#))
            #expect(missing.body.contains("/no/such/&lt;script&gt;alert(1)&lt;/script&gt;") && !missing.body.contains("<script>"))
            #expect(missing.body.contains(#"aria-label="Dashboard""#), "the dashboard's navigation")
            let wrongMethod = try await client.execute(uri: "/cohort", method: .post) {
                (Int($0.status.code), $0.headers[.allow], String(buffer: $0.body))
            }
            #expect(wrongMethod.0 == 405 && wrongMethod.1 == "GET" && wrongMethod.2.contains("<h1>Method not allowed</h1>"))
            let getAChange = try await get(client, "/plan/s-ana-1/1")
            #expect(getAChange.status == 405 && getAChange.body.contains("answers POST, not GET"))
        }
    }

    @Test func hostileNamesAndTitlesAreInertOnEveryPage() async throws {
        try await withClient { _, client async throws in
            for uri in ["/", "/cohort", "/trends", "/plan", "/sessions/s-dana-1", "/sessions/s-ana-2",
                        "/?trainee=%3Cscript%3Ealert(1)%3C%2Fscript%3E+Dana", "/sessions/%3Cscript%3Ex"] {
                let page = try await get(client, uri)
                #expect(!page.body.contains("<script"), "\(uri) holds live script")
                #expect(!page.body.contains("<img src=x"), "\(uri) holds a live image")
            }
            #expect(try await get(client, "/").body.contains("&lt;script&gt;alert(1)&lt;/script&gt; Dana"))
            #expect(try await get(client, "/cohort").body.contains("&lt;img src=x onerror=alert(2)&gt;"))
        }
    }
}
