import Foundation
import Testing

@testable import RoundtableCore

@Suite("When opening a personal page counts as a visit")
struct LinkVisitTests {
    let now = Date(timeIntervalSince1970: 1_900_000_000)

    @Test(
        "The first open, and an open ten minutes or more after the last, are new visits; reloads are not",
        arguments: [
            (nil, true), (0.0, false), (60.0, false), (599.0, false), (600.0, true), (86_400.0, true),
            // A clock set back (a test, or a server's correction) must not hide visits for hours.
            (-60.0, true),
        ] as [(TimeInterval?, Bool)])
    func visits(secondsSinceLastUse: TimeInterval?, isNew: Bool) {
        let last = secondsSinceLastUse.map { now.addingTimeInterval(-$0) }
        #expect(LinkVisit.isNew(lastUsedAt: last, now: now) == isNew)
    }

    @Test("A recorded use before the visit's start means a new visit")
    func visitStart() {
        let start = LinkVisit.visitStart(now: now)
        #expect(LinkVisit.isNew(lastUsedAt: start, now: now))
        #expect(!LinkVisit.isNew(lastUsedAt: start.addingTimeInterval(1), now: now))
    }
}
