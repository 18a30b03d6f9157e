import Fluent
import SQLKit
import Vapor

enum HealthController {
    /// The process is up and answering.
    static func live(_ req: Request) async throws -> Response {
        Response(status: .ok, body: "ok")
    }

    /// The process can reach its database, so it can serve real pages.
    static func ready(_ req: Request) async throws -> Response {
        do {
            _ = try await req.db.sql().raw("SELECT 1").all()
            return Response(status: .ok, body: "ready")
        } catch {
            req.logger.warning("Readiness check failed: database not reachable")
            return Response(status: .serviceUnavailable, body: "database not reachable")
        }
    }

    /// For the benchmark only: the cost of a request that does no work of ours.
    static func plaintext(_ req: Request) async throws -> Response {
        guard req.roundtable.configuration.benchRoutes else { throw AppError.notFound }
        return Response(status: .ok, body: "Hello, world!")
    }
}
