import FluentKit
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// A family member's children at one school, as `FamilyReach.mayAskAbout` allows: the children
/// of their family record (shared by siblings) who are at the school of the link they came by.
struct FamilyChild: Decodable, Sendable {
    var id: UUID
    var preferredName: String?
    var givenName: String
    var yearGroup: Int?
    var schoolID: UUID

    var name: String { preferredName ?? givenName }

    /// One query; youngest year first, then by name, so the order is the same on every visit.
    static func read(of viewer: FamilyReach.Viewer, on db: any SQLDatabase) async throws -> [FamilyChild] {
        guard FamilyReach.mayOpen(viewer) else { return [] }
        return try await db.raw(
            """
            SELECT s.id AS "id", s.preferred_name AS "preferredName", s.legal_given_name AS "givenName", \
            s.year_group AS "yearGroup", s.school_id AS "schoolID" \
            FROM \(ident: StudentFamilyLink.schema) l JOIN \(ident: Student.schema) s ON s.id = l.student_id \
            WHERE l.family_member_id = \(bind: viewer.familyMemberID) AND s.school_id = \(bind: viewer.schoolID) \
            AND s.is_active = \(bind: true) \
            ORDER BY s.year_group, s.legal_given_name, s.id
            """
        ).all(decoding: FamilyChild.self)
            .filter { FamilyReach.mayAskAbout(.init(schoolID: $0.schoolID, isOwnChild: true), for: viewer) }
    }
}

extension FamilyReach.Viewer {
    /// The person of a resolved link, if it is a family member's.
    init?(_ resolved: ResolvedParticipantLink) {
        let participant = resolved.participant
        guard participant.kind == .family, let memberID = participant.$familyMember.id else { return nil }
        self.init(
            familyMemberID: memberID, schoolID: resolved.meeting.$school.id, contact: participant.loadedContactPerson)
    }
}

extension FamilyPage {
    /// Five queries whatever the number of children and meetings: their children here, the
    /// school's name, the meetings in which their family record takes part at this school (with their newest link
    /// still standing and their reply), those meetings' students, and their requests here.
    /// `FamilyReach` decides every line; the queries only narrow what it is asked about.
    static func read(
        _ resolved: ResolvedParticipantLink, viewer: FamilyReach.Viewer, catalogLanguage: String, linkDays: Int,
        now: Date, on db: any SQLDatabase
    ) async throws -> FamilyPage {
        let children = try await FamilyChild.read(of: viewer, on: db)
        let childIDs = Set(children.map(\.id))
        let schoolName =
            try await db.select().column(SQLAlias(SQLColumn("name"), as: SQLIdentifier("name")))
            .from(School.schema).where("id", .equal, viewer.schoolID).first(decoding: NameRow.self)?.name ?? ""

        let rows = try await db.raw(
            """
            SELECT mp.id AS "participantID", m.id AS "meetingID", m.school_id AS "schoolID", \
            mp.kind AS "kind", mp.family_member_id AS "familyMemberID", m.state AS "state", \
            m.starts_at AS "startsAt", m.length_minutes AS "lengthMinutes", \
            (SELECT MAX(l.created_at) FROM \(ident: ParticipantLink.schema) l \
            WHERE l.participant_id = mp.id AND l.revoked_at IS NULL) AS "linkIssuedAt", \
            r.attendance AS "attendance", r.interpreter_language AS "interpreterLanguage" \
            FROM \(ident: MeetingParticipant.schema) mp JOIN \(ident: Meeting.schema) m ON m.id = mp.meeting_id \
            LEFT JOIN \(ident: ParticipantReply.schema) r ON r.participant_id = mp.id \
            WHERE mp.family_member_id = \(bind: viewer.familyMemberID) AND m.school_id = \(bind: viewer.schoolID)
            """
        ).all(decoding: MeetingRow.self)

        var studentsByMeeting: [UUID: [UUID]] = [:]
        if !rows.isEmpty {
            let links = try await db.select()
                .column(SQLAlias(SQLColumn("meeting_id"), as: SQLIdentifier("meetingID")))
                .column(SQLAlias(SQLColumn("student_id"), as: SQLIdentifier("studentID")))
                .from(MeetingStudent.schema).where("meeting_id", .in, rows.map(\.meetingID))
                .all(decoding: MeetingStudentRow.self)
            for link in links { studentsByMeeting[link.meetingID, default: []].append(link.studentID) }
        }

        let names = Dictionary(uniqueKeysWithValues: children.map { ($0.id, $0.name) })
        var lines: [MeetingLine] = []
        for row in rows {
            let own = (studentsByMeeting[row.meetingID] ?? []).filter(childIDs.contains)
            let lifecycle = MeetingLifecycle(row.state)
            let candidate = FamilyReach.Meeting(
                schoolID: row.schoolID, participantKind: row.kind, familyMemberID: row.familyMemberID,
                shared: lifecycle.hasBeenShared, linkIssuedAt: row.linkIssuedAt, ownChildren: own.count)
            guard FamilyReach.mayList(candidate, for: viewer) else { continue }
            let ends = row.startsAt.map { $0.addingTimeInterval(TimeInterval(row.lengthMinutes * 60)) }
            let isThisLink = row.participantID == resolved.participant.id
            lines.append(
                MeetingLine(
                    participantID: ParticipantID(row.participantID),
                    // Only their own children: a meeting with several students names no one else's.
                    childNames: own.compactMap { names[$0] }.sorted(), startsAt: row.startsAt,
                    isCancelled: lifecycle.isCancelled,
                    isPast: lifecycle.isHeld || lifecycle.isRunning || (ends.map { $0 < now } ?? false),
                    attendance: row.attendance.flatMap(ParticipantReplyForm.Attendance.init(rawValue:)),
                    withInterpreter: row.interpreterLanguage != nil, isThisLink: isThisLink,
                    mayOpen: isThisLink
                        || FamilyReach.mayOpenMeeting(
                            candidate, for: viewer,
                            linksEnd: Sharing.linkExpiry(startsAt: row.startsAt, days: linkDays, now: now), now: now)
                ))
        }
        // Coming meetings soonest first (undated last), earlier ones latest first.
        lines.sort { a, b in
            if a.isPast != b.isPast { return !a.isPast }
            let (x, y) = (a.startsAt ?? .distantFuture, b.startsAt ?? .distantFuture)
            return a.isPast ? x > y : x < y
        }

        let requests = try await db.raw(
            """
            SELECT student_id AS "studentID", topic AS "topic", status AS "status", answer AS "answer", \
            created_at AS "createdAt" FROM \(ident: MeetingRequest.schema) \
            WHERE family_member_id = \(bind: viewer.familyMemberID) AND school_id = \(bind: viewer.schoolID) \
            ORDER BY created_at DESC
            """
        ).all(decoding: RequestRow.self)

        let thisMeeting = try resolved.meeting.requireID()
        let ownInThisMeeting = (studentsByMeeting[thisMeeting] ?? []).first(where: childIDs.contains)
        return FamilyPage(
            catalogLanguage: catalogLanguage, token: resolved.token, schoolName: schoolName,
            children: children.map { Child(name: $0.name, yearGroup: $0.yearGroup) }, meetings: lines,
            // A request about a child who is no longer theirs is not shown (`mayAskAbout` again).
            requests: requests.compactMap { row in
                guard childIDs.contains(row.studentID), let name = names[row.studentID] else { return nil }
                return RequestLine(
                    childName: name, sentAt: row.createdAt, topic: row.topic,
                    status: RequestLine.Status(rawValue: row.status) ?? .open, answer: row.answer)
            },
            ask: children.isEmpty
                ? nil
                : MeetingRequestSection.Content(
                    children: children.map { MeetingRequestSection.Child(id: StudentID($0.id), name: $0.name) },
                    selected: ownInThisMeeting.map { StudentID($0) }))
    }
}

private struct NameRow: Decodable {
    var name: String
}

private struct MeetingRow: Decodable {
    var participantID: UUID
    var meetingID: UUID
    var schoolID: UUID
    var kind: ParticipantKind
    var familyMemberID: UUID?
    var state: MeetingState
    var startsAt: Date?
    var lengthMinutes: Int
    var linkIssuedAt: Date?
    var attendance: String?
    var interpreterLanguage: String?
}

private struct MeetingStudentRow: Decodable {
    var meetingID: UUID
    var studentID: UUID
}

private struct RequestRow: Decodable {
    var studentID: UUID
    var topic: String
    var status: String
    var answer: String?
    var createdAt: Date?
}
