import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// What a meeting recorded, read and written through one set of rules: `RecordVisibility`
/// decides every read; closing decides whether a change needs a reason and leaves history.
enum MeetingRecord {
    /// The entries this viewer may read, oldest first.
    static func entries(
        of meeting: Meeting, for viewer: RecordViewer, userID: UUID?, on db: any Database
    ) async throws -> [RecordEntry] {
        try await RecordEntry.query(on: db).filter(\.$meeting.$id == meeting.requireID()).sort(\.$createdAt)
            .all()
            .filter {
                RecordVisibility.canSee(
                    viewer, kind: $0.kind, label: $0.label, isAuthor: userID != nil && $0.$author.id == userID)
            }
    }

    /// One new entry from the capture forms. `fields` are the checked values of its kind.
    static func add(
        _ entry: RecordEntry, to meeting: Meeting, item: UUID?, owners: [PersonRef] = [], by userID: UUID,
        on db: any Database
    ) async throws {
        guard meeting.lifecycle.allows(.capture) else {
            throw AppError.badRequest(
                "Entries are added while the meeting runs. A closed record is changed entry by entry, with a reason.")
        }
        if let item {
            guard
                try await AgendaItem.query(on: db).filter(\.$id == item).filter(\.$meeting.$id == meeting.requireID())
                    .count() == 1
            else { throw AppError.notFound }
        }
        entry.$meeting.id = try meeting.requireID()
        entry.$agendaItem.id = item
        entry.$author.id = userID
        try await db.transaction { db in
            try await entry.create(on: db)
            let entryID = try entry.requireID()
            for owner in owners { try await RecordEntryOwner(entryID: entryID, person: owner).create(on: db) }
            try await MeetingRun.bump(meeting, on: db)
        }
    }

    /// One entry of the meeting, if the viewer may read it (the same rule as `entries`);
    /// "not found" otherwise, so nobody acts on an entry they cannot see.
    static func entry(
        _ id: UUID, in meeting: Meeting, for viewer: RecordViewer, userID: UUID?, on db: any Database
    ) async throws -> RecordEntry {
        guard
            let entry = try await RecordEntry.query(on: db).filter(\.$id == id)
                .filter(\.$meeting.$id == meeting.requireID()).first(),
            RecordVisibility.canSee(
                viewer, kind: entry.kind, label: entry.label, isAuthor: userID != nil && entry.$author.id == userID)
        else { throw AppError.notFound }
        return entry
    }

    /// A change to an entry. Before closing it is simply made; afterwards it needs a reason,
    /// and the earlier version is kept where everyone who reads the record can see it.
    static func change(
        _ entry: RecordEntry, in meeting: Meeting, reason: String?, by userID: UUID, context: AuditContext,
        on db: any Database, now: Date, edit: (RecordEntry) -> Void
    ) async throws {
        let before = entry.described
        edit(entry)
        // Saving the form unchanged leaves no history.
        guard entry.described != before else { return }
        try await db.transaction { db in
            if meeting.lifecycle.recordNeedsReason {
                guard let reason else { throw AppError.badRequest("A reason is needed to change a closed record.") }
                let revision = RecordRevision()
                revision.$entry.id = try entry.requireID()
                revision.$changedBy.id = userID
                revision.changedAt = now
                revision.reason = reason
                revision.before = before
                try await revision.create(on: db)
                try await AuditLog.record(
                    .recordAmended, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                    subjectID: meeting.id, summary: "\(entry.kind.label): \(reason)")
            }
            try await entry.save(on: db)
            try await MeetingRun.bump(meeting, on: db)
        }
    }

    /// A slip while the meeting runs can simply be taken back; a closed record keeps everything.
    static func remove(_ entry: RecordEntry, in meeting: Meeting, on db: any Database) async throws {
        guard meeting.lifecycle.allows(.removeEntry) else {
            throw AppError.badRequest("A closed record keeps every entry. Change it instead, with a reason.")
        }
        try await db.transaction { db in
            try await entry.delete(on: db)
            try await MeetingRun.bump(meeting, on: db)
        }
    }

    static func history(of entries: [RecordEntry], on db: any Database) async throws -> [UUID: [RecordRevision]] {
        let ids = entries.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let revisions = try await RecordRevision.query(on: db).filter(\.$entry.$id ~~ ids).with(\.$changedBy)
            .sort(\.$changedAt).all()
        return Dictionary(grouping: revisions, by: { $0.$entry.id })
    }
}
