import Foundation
import RoundtableCore

/// A clock the facilitator reads at a glance: time left, a colour and a gentle line. The page
/// shows it as it was when served; `live.js` keeps it counting.
struct ClockView: Component {
    var heading: String
    var reading: ClockReading
    var startedAt: Date

    var body: Component {
        let remaining = reading.remainingSeconds
        return El(
            "div", .class("clock clock--\(reading.level.rawValue)"), .attr("data-clock", reading.scope.rawValue),
            .attr("data-started", String(Int64(startedAt.timeIntervalSince1970 * 1000))),
            .attr("data-planned", String(reading.plannedSeconds)), .attr("data-warn", String(reading.warningSeconds)),
            .attr("data-level", reading.level.rawValue), .attr("data-left", "left"), .attr("data-overrun", "over"),
            .attr("data-message-calm", reading.message(at: .calm)),
            .attr("data-message-near_end", reading.message(at: .nearEnd)),
            .attr("data-message-over", reading.message(at: .over))
        ) {
            El("p", .class("clock__heading")) { T(heading) }
            El("p", .class("clock__time")) {
                El("span", .flag("data-clock-time")) { T(Self.format(abs(remaining))) }
                T(" ")
                El("span", .class("clock__unit"), .flag("data-clock-label")) { T(remaining > 0 ? "left" : "over") }
            }
            // Announced politely when the level changes, never every second.
            El("p", .class("clock__message"), .flag("data-clock-message"), .attr("aria-live", "polite")) {
                T(reading.message)
            }
        }
    }

    static func format(_ seconds: Int) -> String {
        String(format: "%d:%02d", seconds / 60, seconds % 60)
    }
}
