import NIOConcurrencyHelpers
import Vapor

/// Counts the requests being answered and, once the server is stopping, turns new ones away.
/// The databases may close only when this count is zero: a handler still running would reach
/// for `req.db` and find nothing there.
final class RequestGate: Sendable {
    private struct State {
        var closed = false
        var underWay = 0
    }
    private let state = NIOLockedValueBox(State())

    /// False once the gate is closed; the request must then be turned away.
    func enter() -> Bool {
        state.withLockedValue { state in
            guard !state.closed else { return false }
            state.underWay += 1
            return true
        }
    }

    func leave() {
        state.withLockedValue { $0.underWay -= 1 }
    }

    func close() {
        state.withLockedValue { $0.closed = true }
    }

    var underWay: Int { state.withLockedValue { $0.underWay } }
}

/// Answers 503 with `Retry-After` once the server is stopping, and counts every other request
/// until it is answered. It sits outside everything that reads the database (the setup gate,
/// sessions, handlers) and inside the request log, so the refusals are logged too.
struct RequestGateMiddleware: AsyncMiddleware {
    /// A restarting process is back within seconds; a browser or proxy that honours this
    /// retries then rather than showing an error.
    static let retryAfterSeconds = 5

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let gate = request.roundtable.requestGate
        guard gate.enter() else {
            var headers = HTTPHeaders()
            headers.contentType = .plainText
            headers.replaceOrAdd(name: .retryAfter, value: String(Self.retryAfterSeconds))
            return Response(
                status: .serviceUnavailable, headers: headers,
                body: .init(string: "Roundtable is restarting. Please try again in a few seconds.\n"))
        }
        defer { gate.leave() }
        return try await next.respond(to: request)
    }
}

extension Application {
    /// Stops a serving process in the order that keeps every request safe: new requests are
    /// refused, the HTTP server stops listening and lets the connections with a request under
    /// way finish, the outbox worker stops, and only then may the databases close.
    ///
    /// Vapor's own `asyncShutdown` gets this order wrong for us: it runs the lifecycle handlers
    /// first (Fluent's closes the databases) and stops the HTTP server last (it lives in
    /// `storage`, shut down after every handler), so a request still running after SIGTERM
    /// crashed the process in `Request.db`. Calling this before `asyncShutdown` leaves that
    /// nothing to do but close what is now idle.
    ///
    /// Returns false when something was still running at the end of the grace period: the
    /// databases must then stay open, and the process end without closing them.
    func stopServing() async -> Bool {
        let grace = roundtable.configuration.stopGracePeriod
        let deadline = ContinuousClock.now + .seconds(grace)
        let gate = roundtable.requestGate
        gate.close()
        logger.notice(
            "Stopping: new requests get 503; waiting up to \(Int(grace)) s for \(gate.underWay) under way")
        // Closes the listening socket and idle keep-alive connections at once; a connection
        // with a request under way closes after its answer. Bounded by `shutdownTimeout`,
        // which `configure` sets to the grace period.
        await server.shutdown()
        // A handler can outlive its connection (the browser gave up), still holding the database.
        var finished = await waitUntil(deadline) { gate.underWay == 0 }
        if let worker = outboxWorker {
            // Its claims go back to the queue in its `shutdownAsync`, which runs before the
            // databases close, so the next process need not wait out their leases.
            finished = await worker.stop(before: deadline) && finished
        }
        if let reminders = reminderWorker {
            // Its claim on the job goes back in its `shutdownAsync`, before the databases close.
            finished = await reminders.stop(before: deadline) && finished
        }
        if finished {
            logger.notice("Stopped serving: every request answered; closing the databases")
        } else {
            logger.warning(
                "Stopping: \(gate.underWay) request(s) or the outbox still running after \(Int(grace)) s (ROUNDTABLE_STOP_GRACE_SECONDS); ending without closing the databases, which would crash them"
            )
        }
        return finished
    }
}

/// Polls rather than waiting on a signal: a stop happens once in a process's life, and
/// 20 ms of slack is invisible next to the grace period.
func waitUntil(_ deadline: ContinuousClock.Instant, _ condition: () -> Bool) async -> Bool {
    while !condition() {
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return true
}
