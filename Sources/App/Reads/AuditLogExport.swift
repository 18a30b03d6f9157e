import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// The audit log as a CSV file: the rows the page would show for the same filter, all pages,
/// newest first, each cell safe to open in a spreadsheet (`CSVCell`).
enum AuditLogExport {
    /// Enough for years of a school's log; past it the file says so in its last line.
    static let limit = 50_000

    struct File {
        var text: String
        var rows: Int
    }

    static func make(
        _ scope: AuditLogPage.Scope, _ filter: AuditFilter.Checked, timeZone: TimeZone, on db: any SQLDatabase
    ) async throws -> File {
        let rows = try await AuditLogPage.rows(scope, filter, limit: limit + 1, on: db)
        let kept = Array(rows.prefix(limit))
        let students = try await AuditLogPage.students(of: kept, scope, on: db)
        let when = Date.ISO8601FormatStyle(timeZone: timeZone)
        // A byte-order mark first: without it, spreadsheets on Windows read UTF-8 names as Latin-1.
        var text = "\u{FEFF}" + CSVCell.line(["When", "Who", "What", "About", "Details", "Network address"])
        for row in kept {
            text += CSVCell.line([
                row.occurred_at.formatted(when), row.actor_name ?? "Unknown",
                AuditAction(rawValue: row.action)?.label ?? row.action,
                row.subject_type == "meeting" ? row.subject_id.flatMap { students[$0] } ?? "" : "",
                row.summary ?? "", row.ip_address ?? "",
            ])
        }
        if rows.count > limit {
            text += CSVCell.line([
                "Only the newest \(limit) events are in this file. Choose dates to download older ones."
            ])
        }
        return File(text: text, rows: kept.count)
    }

    /// What the download's line in the log says was downloaded: the place, the filter in
    /// words and how many events.
    static func describe(
        _ filter: AuditFilter.Checked, place: String, staffName: String?, student: String, rows: Int
    ) -> String {
        var parts = [place]
        if let staffName { parts.append("by \(staffName)") }
        let student = Text.clean(student)
        if !student.isEmpty { parts.append("student \"\(student)\"") }
        if let kind = filter.kind { parts.append(kind.label.lowercased()) }
        if let first = filter.firstDay { parts.append("from \(first)") }
        if let last = filter.lastDay { parts.append("to \(last)") }
        return parts.joined(separator: ", ") + ": \(rows) event" + (rows == 1 ? "" : "s")
    }
}
