import Fluent
import Foundation
import Testing
import VaporTesting

@testable import App

@Suite("The application's clock")
struct AppClockTests {
    @Test("A clock set by a test is the time every reader gets")
    func setClock() {
        let clock = AppClock()
        let fixed = Date(timeIntervalSince1970: 1_900_000_000)
        clock.set { fixed }
        #expect(clock.now == fixed)
        #expect(clock.now == fixed)
        clock.set { fixed.addingTimeInterval(60) }
        #expect(clock.now == fixed.addingTimeInterval(60))
    }

    /// Every request reads the clock. It once re-wrapped its closure on each read, so each read
    /// cost more than the one before and a server slowed down the longer it ran. Reads late in a
    /// process's life must cost what the first ones did (the best of several batches, so a busy
    /// machine does not decide the result; the broken clock was over 30 times slower here).
    @Test("Reading the clock costs the same after twenty thousand reads as at first")
    func readsDoNotSlowDown() {
        let clock = AppClock()
        func bestBatch() -> Duration {
            (0..<5).map { _ in
                ContinuousClock().measure {
                    for _ in 0..<2_000 { _ = clock.now }
                }
            }.min()!
        }
        let early = bestBatch()
        for _ in 0..<20_000 { _ = clock.now }
        let late = bestBatch()
        #expect(late < early * 10 + .milliseconds(2), "early \(early), late \(late)")
    }

    /// Expiry is decided by the application's clock, not the machine's: a test (or an
    /// operator checking what a family will see next week) moves the clock and the link stops.
    @Test("A family's link stops when its expiry passes on the application's clock", arguments: TestDatabase.all)
    func linkExpiryFollowsTheClock(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let link = try #require(try await ParticipantLink.query(on: app.db).sort(\.$createdAt, .descending).first())
            let parent = TestBrowser(app)
            #expect(try await parent.get(page).status == .ok)
            app.roundtable.setClock { link.expiresAt.addingTimeInterval(60) }
            #expect(try await parent.get(page).status == .notFound)
            app.roundtable.setClock { link.expiresAt.addingTimeInterval(-60) }
            #expect(try await parent.get(page).status == .ok)
        }
    }
}
