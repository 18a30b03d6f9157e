import Foundation
import NIOConcurrencyHelpers

/// The time as Roundtable reads it. Pages and services ask this instead of `Date()`, so a test
/// can fix the moment a page is drawn.
///
/// The reading function lives inside a struct on purpose: a bare closure kept in a generic
/// box is re-wrapped in a conversion thunk each time it is read through `inout`, so every read
/// made the next one slower (measured: after a few thousand requests three quarters of the
/// server's time went into those thunks).
final class AppClock: Sendable {
    private struct Reading: Sendable {
        let read: @Sendable () -> Date
    }

    private let box = NIOLockedValueBox(Reading(read: { Date() }))

    var now: Date { box.withLockedValue { $0 }.read() }

    func set(_ clock: @escaping @Sendable () -> Date) { box.withLockedValue { $0 = Reading(read: clock) } }
}
