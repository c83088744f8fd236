import Testing
@testable import TabletopCore

/// The shipped scenarios' rubrics read what a trainee writes in their own words: a fix that scopes the CI role down to
/// the deploy targets is least privilege for the CI account (blind110 #94: the tester and the debrief said the fix left it
/// out, for want of "narrow", "scoped" or "deploy buckets").
@Suite struct ShippedRubricTests {
    @Test(arguments: [
        ("move CI to short-lived OIDC credentials and delete every static key, and also scope the CI role down so it can only write to the deploy targets, never read customer-exports or the backups", true),
        ("narrow the ci-deployer role to the deploy buckets", true),
        ("move CI to short-lived OIDC credentials and delete every static key", false),
    ])
    func aFixInOwnWordsCarriesLeastPrivilege(text: String, carries: Bool) throws {
        let scenario = try ScoringSupport.shippedScenario("breach")
        let concept = "least privilege for the CI account"
        let rubric = try #require(scenario.scoring.first { $0.rubric.concepts.contains { $0.name == concept } }?.rubric)
        #expect(rubric.read(text).hit.contains(concept) == carries, "\(rubric.read(text))")
    }
}
