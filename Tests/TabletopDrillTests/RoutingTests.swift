import Foundation
import Testing
import TabletopCore
import TabletopDrill

/// Who sees what in a team drill, decided without a server or a socket.
@Suite struct RoutingTests {
    let roster = [Player(name: "ana", role: "ic"), Player(name: "bo", role: "legal"), Player(name: "cy", role: "comms")]

    /// An inject addressed to `roles`, as a session log would hold it.
    func inject(to roles: [String]) -> Output {
        let to = roles.map { "\"\($0)\"" }.joined(separator: ",")
        let json = #"{"id":"i1","at":0,"from":"soc","channel":"chat","to":[\#(to)],"text":"x","options":[]}"#
        return .inject(try! JSONDecoder().decode(InjectMessage.self, from: Data(json.utf8)))
    }

    @Test func anInjectGoesToTheRolesItIsAddressedTo() {
        let delivery = Routing.route(inject(to: ["legal", "comms"]), roster: roster, actor: nil, consoleDetail: false)
        #expect(delivery == Routing.Delivery(console: true, recipients: [1, 2]))
    }

    @Test func anInjectForNobodyInParticularGoesToEveryone() {
        #expect(Routing.route(inject(to: []), roster: roster, actor: 0, consoleDetail: false).recipients == [0, 1, 2])
    }

    @Test func aLookupAnswerGoesToWhoAskedAndNotToTheConsoleUnlessDetailIsOn() {
        #expect(Routing.route(.info("page 1"), roster: roster, actor: 1, consoleDetail: false) == .init(console: false, recipients: [1]))
        #expect(Routing.route(.info("page 1"), roster: roster, actor: 1, consoleDetail: true) == .init(console: true, recipients: [1]))
    }

    @Test func anErrorWithoutAnActorReachesNoParticipant() {
        #expect(Routing.route(.error("no"), roster: roster, actor: nil, consoleDetail: false) == .init(console: true, recipients: []))
        #expect(Routing.route(.error("no"), roster: roster, actor: 2, consoleDetail: false).recipients == [2])
    }

    @Test func informationWithoutAnActorGoesToEveryone() {
        #expect(Routing.route(.info("status"), roster: roster, actor: nil, consoleDetail: false) == .init(console: true, recipients: [0, 1, 2]))
        #expect(Routing.route(.warning("w"), roster: roster, actor: nil, consoleDetail: false).recipients == [0, 1, 2])
    }

    @Test func aDecisionsResponseGoesToTheWholeTeam() {
        #expect(Routing.route(.response("paged"), roster: roster, actor: 0, consoleDetail: false) == .init(console: true, recipients: [0, 1, 2]))
        #expect(Routing.route(.notice("n"), roster: roster, actor: 2, consoleDetail: false).recipients == [0, 1, 2])
    }
}

/// An inject addressed to roles nobody in the team plays still reaches someone: the IC, or everyone.
@Suite struct UnstaffedRoleRoutingTests {
    @Test func theICStandsInForARoleNobodyPlays() {
        let roster = [Player(name: "ana", role: "ic"), Player(name: "cy", role: "comms")]
        #expect(Routing.route(RoutingTests().inject(to: ["legal"]), roster: roster, actor: nil, consoleDetail: false).recipients == [0])
        #expect(Routing.route(RoutingTests().inject(to: ["comms"]), roster: roster, actor: nil, consoleDetail: false).recipients == [1])
    }

    @Test func withoutAnICEveryoneGetsIt() {
        let roster = [Player(name: "bo", role: "legal"), Player(name: "cy", role: "comms")]
        #expect(Routing.route(RoutingTests().inject(to: ["ic"]), roster: roster, actor: nil, consoleDetail: false).recipients == [0, 1])
    }
}
