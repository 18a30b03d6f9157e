import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// The school's term dates (issue 15).
enum SchoolTerms {
    /// Checks `form` against the school's settled terms and, if it passes, replaces every term
    /// that is not fixed with it (fixed ones are never touched). The check runs inside the
    /// transaction, after taking the school's row, so two leaders saving at once are each
    /// checked against what the other saved. Returns whether anything changed, or what is wrong.
    static func save(
        _ form: TermDatesForm, school schoolID: UUID, today: SchoolDay, now: Date, context: AuditContext,
        on db: any Database
    ) async throws -> Result<Bool, FieldErrorsBox> {
        try await db.transaction { db -> Result<Bool, FieldErrorsBox> in
            let sql = try db.sql()
            // Two saves at once take turns on the school's row (SQLite's transactions already do).
            try await sql.raw("UPDATE schools SET name = name WHERE id = \(bind: schoolID)").run()
            let saved = try await SchoolTermsPage.terms(of: schoolID, on: sql)
            let terms: [SchoolTerm]
            switch form.check(settled: SchoolTerm.settled(saved, now: now), today: today) {
            case .failure(let box): return .failure(box)
            case .success(let checked): terms = checked
            }
            let (fixed, open) = SchoolTerm.split(saved, today: today, now: now)
            guard open != terms else { return .success(false) }
            var delete = sql.delete(from: SchoolTermRecord.schema).where("school_id", .equal, schoolID)
            if !fixed.isEmpty { delete = delete.where("start_day", .notIn, fixed.map(\.start.description)) }
            try await delete.run()
            if !terms.isEmpty {
                var insert = sql.insert(into: SchoolTermRecord.schema)
                    .columns("id", "school_id", "name", "start_day", "end_day", "saved_at")
                for term in terms {
                    insert = insert.values([
                        SQLBind(UUID()), SQLBind(schoolID), SQLBind(term.name), SQLBind(term.start.description),
                        SQLBind(term.end.description), SQLBind(SchoolTerm.savedAt(of: term, among: saved, now: now)),
                    ])
                }
                try await insert.run()
            }
            try await AuditLog.record(
                .schoolTermsChanged, on: db, context: context, schoolID: schoolID, subjectType: "school",
                subjectID: schoolID,
                summary: terms.isEmpty
                    ? "No terms to come" : terms.map { "\($0.name) \($0.start) to \($0.end)" }.joined(separator: "; "))
            return .success(true)
        }
    }
}
