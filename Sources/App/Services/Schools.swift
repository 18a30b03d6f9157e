import Fluent
import Foundation

enum Schools {
    static func all(in organisationID: UUID, on db: any Database) async throws -> [School] {
        try await School.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$name).all()
    }

    /// The school, but only if it belongs to the organisation: an id from a URL is never
    /// trusted to stay inside the organisation on its own.
    static func find(_ id: UUID, in organisationID: UUID, on db: any Database) async throws -> School? {
        try await School.query(on: db)
            .filter(\.$id == id)
            .filter(\.$organisation.$id == organisationID)
            .first()
    }

    static func add(
        name: String, organisationID: UUID, context: AuditContext, on db: any Database
    ) async throws
        -> School
    {
        try await db.transaction { db in
            let school = School(organisationID: organisationID, name: name)
            try await school.create(on: db)
            try await AuditLog.record(
                .schoolCreated, on: db, context: context, schoolID: school.id, organisationID: organisationID,
                subjectType: "school", subjectID: school.id, summary: name)
            return school
        }
    }

    static func nameTaken(_ name: String, in organisationID: UUID, on db: any Database) async throws -> Bool {
        let existing = try await all(in: organisationID, on: db)
        return existing.contains { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
