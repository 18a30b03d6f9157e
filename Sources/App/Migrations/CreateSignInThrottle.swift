import Fluent

struct CreateSignInThrottle: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SignInThrottleRecord.schema)
            .field("key", .string, .identifier(auto: false))
            .field("failures", .int, .required)
            .field("last_failure_at", .datetime)
            .field("blocked_until", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SignInThrottleRecord.schema).delete()
    }
}
