import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// The school's term dates (issue 15).
enum SchoolTerms {
    /// Replaces the terms that have not ended with `terms`; ended ones are never touched (the
    /// form was checked against them). Returns whether anything changed.
    @discardableResult
    static func save(
        _ terms: [SchoolTerm], school schoolID: UUID, today: SchoolDay, context: AuditContext, on db: any Database
    ) async throws -> Bool {
        try await db.transaction { db -> Bool in
            let sql = try db.sql()
            // Two saves at once take turns on the school's row (SQLite's transactions already do).
            try await sql.raw("UPDATE schools SET name = name WHERE id = \(bind: schoolID)").run()
            let (_, current) = try await SchoolTermsPage.terms(of: schoolID, today: today, on: sql)
            guard current != terms else { return false }
            try await sql.delete(from: SchoolTermRecord.schema)
                .where("school_id", .equal, schoolID)
                .where("end_day", .greaterThanOrEqual, today.description)
                .run()
            if !terms.isEmpty {
                var insert = sql.insert(into: SchoolTermRecord.schema)
                    .columns("id", "school_id", "name", "start_day", "end_day")
                for term in terms {
                    insert = insert.values([
                        SQLBind(UUID()), SQLBind(schoolID), SQLBind(term.name), SQLBind(term.start.description),
                        SQLBind(term.end.description),
                    ])
                }
                try await insert.run()
            }
            try await AuditLog.record(
                .schoolTermsChanged, on: db, context: context, schoolID: schoolID, subjectType: "school",
                subjectID: schoolID,
                summary: terms.isEmpty
                    ? "No terms to come" : terms.map { "\($0.name) \($0.start) to \($0.end)" }.joined(separator: "; "))
            return true
        }
    }
}
