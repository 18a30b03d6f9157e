import Foundation
import Testing

@testable import RoundtableCore

@Suite("Delivery states and reminding who has not replied")
struct DeliveryStateTests {
    let parent = ContactRule.Person(kind: .family)
    let restricted = ContactRule.Person(kind: .family, restricted: true)
    let t0 = Date(timeIntervalSince1970: 1_900_000_000)

    @Test("Each outbox status maps to what happened, and nothing more")
    func fromMessages() {
        func state(_ status: DeliveryState.Message, hasEmail: Bool = true) -> DeliveryState {
            DeliveryState.of(contact: parent, hasEmail: hasEmail, latest: (status, t0), handedAt: nil)
        }
        #expect(state(.queued) == .waiting)
        #expect(state(.sending) == .waiting)
        #expect(state(.sent) == .sent)
        #expect(state(.failed) == .failed)
        #expect(state(.handedOver) == .handedOver)
        #expect(state(.withdrawn) == .notSent)
        #expect(state(.withdrawn, hasEmail: false) == .noEmail)
        #expect(DeliveryState.of(contact: parent, hasEmail: false, latest: nil, handedAt: nil) == .noEmail)
        #expect(DeliveryState.of(contact: parent, hasEmail: true, latest: nil, handedAt: nil) == .notSent)
    }

    @Test("A restricted person is only ever 'not contacted', whatever is stored")
    func restrictedIsNeutral() {
        for status in [DeliveryState.Message.queued, .sent, .failed, .handedOver, .withdrawn] {
            let state = DeliveryState.of(contact: restricted, hasEmail: true, latest: (status, t0), handedAt: t0)
            #expect(state == .notContacted)
            #expect(state.label(mailConfigured: true) == "Not contacted")
            #expect(!state.needsHandOver(mailConfigured: false))
        }
    }

    @Test("A hand-over counts when it came after the newest email, or withdrew it")
    func handedOver() {
        let later = t0.addingTimeInterval(60)
        #expect(
            DeliveryState.of(contact: parent, hasEmail: true, latest: (.queued, t0), handedAt: later) == .handedOver)
        #expect(
            DeliveryState.of(contact: parent, hasEmail: true, latest: (.withdrawn, later), handedAt: t0) == .handedOver)
        #expect(DeliveryState.of(contact: parent, hasEmail: false, latest: nil, handedAt: t0) == .handedOver)
        // A reminder emailed after the hand-over is what happened last.
        #expect(DeliveryState.of(contact: parent, hasEmail: true, latest: (.sent, later), handedAt: t0) == .sent)
    }

    @Test("With no mail server, waiting says nothing can be sent and offers a hand-over")
    func noMailServer() {
        #expect(DeliveryState.waiting.label(mailConfigured: false) == "Not sent: no mail server")
        #expect(DeliveryState.waiting.needsHandOver(mailConfigured: false))
        #expect(!DeliveryState.waiting.needsHandOver(mailConfigured: true))
        #expect(DeliveryState.failed.needsHandOver(mailConfigured: true))
        #expect(!DeliveryState.sent.needsHandOver(mailConfigured: true))
        for state in DeliveryState.allCases {
            #expect(!state.label(mailConfigured: true).lowercased().contains("on its way"))
        }
    }

    @Test("Who is waited for, and how they can be reminded")
    func chase() {
        func way(
            _ kind: ParticipantKind, contact: ContactRule.Person? = nil, replied: Bool = false, email: Bool = true,
            mail: Bool = true
        ) -> ReplyChase.Way? {
            ReplyChase.way(
                kind: kind, contact: contact ?? ContactRule.Person(kind: kind), hasReplied: replied, hasEmail: email,
                mailConfigured: mail)
        }
        #expect(way(.family) == .email)
        #expect(way(.agency) == .email)
        #expect(way(.family, mail: false) == .copy)
        #expect(way(.student, email: false) == .copy)
        #expect(way(.family, replied: true) == nil)
        #expect(way(.staff) == nil)
        #expect(way(.family, contact: restricted) == nil)
        #expect(ReplyChase.cutoff(now: t0) == t0.addingTimeInterval(-ReplyChase.interval))
    }
}
