import Foundation
import Testing

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
}
