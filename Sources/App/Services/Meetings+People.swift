import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension Meetings {
    static func addAgendaItem(
        _ checked: AgendaItemForm.Checked, to meeting: Meeting, proposedBy: String, participantID: UUID? = nil,
        context: AuditContext, on db: any Database
    ) async throws {
        let meetingID = try meeting.requireID()
        try await db.transaction { db in
            try await lockAgenda(of: meetingID, on: db)
            let last = try await AgendaItem.query(on: db).filter(\.$meeting.$id == meetingID).max(\.$position)
            let item = AgendaItem()
            item.$meeting.id = meetingID
            item.position = (last ?? -1) + 1
            item.title = checked.title
            item.minutes = checked.minutes
            item.notes = checked.notes
            item.proposedBy = proposedBy
            item.$proposedByParticipant.id = participantID
            // Once the agenda is out, nothing joins it quietly: participants see it marked new.
            item.addedAfterShare = meeting.lifecycle.hasBeenShared
            item.runState = .waiting
            item.extraMinutes = 0
            try await item.create(on: db)
            try await audit(meeting, "Added “\(checked.title)” to the agenda", context: context, on: db)
        }
    }

    /// `up`, `down` or `remove`. False when the item is not on this meeting's agenda.
    static func changeAgendaItem(
        _ itemID: UUID, action: String, in meeting: Meeting, context: AuditContext, on db: any Database
    ) async throws -> Bool {
        let meetingID = try meeting.requireID()
        return try await db.transaction { db in
            try await lockAgenda(of: meetingID, on: db)
            var items = try await AgendaItem.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$position)
                .sort(\.$id).all()
            guard let index = items.firstIndex(where: { $0.id == itemID }) else { return false }
            let title = items[index].title
            switch action {
            case "up" where index > 0: items.swapAt(index, index - 1)
            case "down" where index < items.count - 1: items.swapAt(index, index + 1)
            case "remove":
                try await items[index].delete(on: db)
                items.remove(at: index)
            case "up", "down": return true
            default: return false
            }
            for (position, item) in items.enumerated() where item.position != position {
                item.position = position
                try await item.save(on: db)
            }
            try await audit(
                meeting, action == "remove" ? "Removed “\(title)” from the agenda" : "Reordered the agenda",
                context: context, on: db)
            return true
        }
    }

    /// Someone who could be invited, from the circle of the meeting's students.
    struct Option: Sendable {
        /// `kind:id`, as the form sends it.
        var key: String
        var kind: ParticipantKind
        var name: String
        var role: String
        var invited: Bool
        var userID: UUID?
        var studentID: UUID?
        var familyMemberID: UUID?
        var agencyContactID: UUID?
    }

    struct Options: Sendable {
        var options: [Option]
        /// Never offered: named so the planner knows why.
        var restricted: [String]
        var leadID: UUID?

        /// The staff among the options chosen (`keys`).
        func invitedStaff(_ keys: Set<String>) -> Set<UUID> {
            Set(options.filter { $0.kind == .staff && keys.contains($0.key) }.compactMap(\.userID))
        }
    }

    /// Who may be invited, from the circles of the meeting's students (family with parental
    /// responsibility first, then by name; agencies by agency and name; active staff by name),
    /// student by student, each person once; staff already invited who are not in a circle (a
    /// leader, say) stay offered. Family with a contact restriction are never offered, only
    /// named. Four queries, whatever the number of students.
    static func participantOptions(for context: MeetingContext, on db: any SQLDatabase) async throws -> Options {
        let meetingID = try context.meeting.requireID()
        let studentIDs = context.students.map(\.id)
        struct Current: Decodable {
            var kind: ParticipantKind
            var student_id: UUID?
            var family_member_id: UUID?
            var user_id: UUID?
            var agency_contact_id: UUID?
            var user_name: String?
            var job_role: JobRole?
        }
        let current = try await db.raw(
            """
            SELECT p.kind, p.student_id, p.family_member_id, p.user_id, p.agency_contact_id,
                u.name AS user_name, u.job_role
            FROM meeting_participants p LEFT JOIN users u ON u.id = p.user_id
            WHERE p.meeting_id = \(bind: meetingID)
            ORDER BY p.created_at
            """
        ).all(decoding: Current.self)
        struct Family: Decodable {
            var student_id: UUID
            var id: UUID
            var given_name: String
            var family_name: String
            var restriction: String?
            var relationship: FamilyRelationship
            var has_parental_responsibility: Bool
        }
        struct Agency: Decodable {
            var student_id: UUID
            var id: UUID
            var name: String
            var agency: String
            var role: String?
        }
        struct Staff: Decodable {
            var student_id: UUID
            var id: UUID
            var name: String
            var job_role: JobRole
        }
        var family: [Family] = []
        var agencies: [Agency] = []
        var staff: [Staff] = []
        if !studentIDs.isEmpty {
            family = try await db.raw(
                """
                SELECT l.student_id, f.id, f.given_name, f.family_name, f.restriction, l.relationship,
                    l.has_parental_responsibility
                FROM student_family_links l JOIN family_members f ON f.id = l.family_member_id
                WHERE l.student_id IN (\(binds: studentIDs))
                """
            ).all(decoding: Family.self)
            agencies = try await db.raw(
                """
                SELECT l.student_id, a.id, a.name, a.agency, a.role
                FROM student_agency_links l JOIN agency_contacts a ON a.id = l.agency_contact_id
                WHERE l.student_id IN (\(binds: studentIDs))
                """
            ).all(decoding: Agency.self)
            staff = try await db.raw(
                """
                SELECT l.student_id, u.id, u.name, u.job_role
                FROM staff_student_links l JOIN users u ON u.id = l.user_id
                WHERE l.student_id IN (\(binds: studentIDs)) AND u.is_active = \(bind: true)
                """
            ).all(decoding: Staff.self)
        }
        var options: [Option] = []
        var restricted: [String] = []
        func add(_ option: Option) {
            guard !options.contains(where: { $0.key == option.key }) else { return }
            options.append(option)
        }
        for student in context.students {
            let studentID = student.id
            add(
                Option(
                    key: "student:\(studentID)", kind: .student, name: student.displayName, role: "Student",
                    invited: current.contains { $0.student_id == studentID }, studentID: studentID))
            let theirFamily = family.filter { $0.student_id == studentID }.sorted {
                ($0.has_parental_responsibility ? 0 : 1, $0.family_name, $0.given_name)
                    < ($1.has_parental_responsibility ? 0 : 1, $1.family_name, $1.given_name)
            }
            for member in theirFamily {
                let name = "\(member.given_name) \(member.family_name)"
                if ContactRule.isRestriction(member.restriction) {
                    restricted.append(name)
                    continue
                }
                add(
                    Option(
                        key: "family:\(member.id)", kind: .family, name: name, role: member.relationship.label,
                        invited: current.contains { $0.family_member_id == member.id }, familyMemberID: member.id))
            }
            let theirAgencies = agencies.filter { $0.student_id == studentID }.sorted {
                ($0.agency, $0.name) < ($1.agency, $1.name)
            }
            for contact in theirAgencies {
                add(
                    Option(
                        key: "agency:\(contact.id)", kind: .agency, name: "\(contact.name), \(contact.agency)",
                        role: contact.role ?? "Agency",
                        invited: current.contains { $0.agency_contact_id == contact.id }, agencyContactID: contact.id))
            }
            for user in staff.filter({ $0.student_id == studentID }).sorted(by: { $0.name < $1.name }) {
                add(
                    Option(
                        key: "staff:\(user.id)", kind: .staff, name: user.name, role: user.job_role.label,
                        invited: current.contains { $0.user_id == user.id }, userID: user.id))
            }
        }
        for person in current where person.kind == .staff {
            guard let userID = person.user_id, let name = person.user_name, let jobRole = person.job_role,
                !options.contains(where: { $0.userID == userID })
            else { continue }
            add(
                Option(
                    key: "staff:\(userID)", kind: .staff, name: name, role: jobRole.label, invited: true,
                    userID: userID))
        }
        return Options(options: options, restricted: Array(Set(restricted)).sorted(), leadID: context.meeting.$lead.id)
    }

    /// Invites exactly the chosen options (restricted people are never among them) and sets
    /// the lead, who must be one of the invited staff, or nobody.
    static func setParticipants(
        _ keys: Set<String>, lead: UUID?, options: Options, meeting: Meeting, context: AuditContext,
        on db: any Database
    ) async throws {
        // The page refuses another lead before it gets here (`MeetingLead`); nothing is dropped quietly.
        guard MeetingLead.isAllowed(lead, invitedStaff: options.invitedStaff(keys)) else {
            throw AppError.badRequest("Choose someone invited to lead the meeting.")
        }
        let meetingID = try meeting.requireID()
        try await db.transaction { db in
            let current = try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meetingID).all()
            for option in options.options {
                let existing = current.first { participant in
                    participant.$student.id == option.studentID && option.studentID != nil
                        || participant.$familyMember.id == option.familyMemberID && option.familyMemberID != nil
                        || participant.$user.id == option.userID && option.userID != nil
                        || participant.$agencyContact.id == option.agencyContactID && option.agencyContactID != nil
                }
                if keys.contains(option.key), existing == nil {
                    try await participant(meetingID, option.kind, role: option.role) {
                        $0.$student.id = option.studentID
                        $0.$familyMember.id = option.familyMemberID
                        $0.$user.id = option.userID
                        $0.$agencyContact.id = option.agencyContactID
                    }.create(on: db)
                } else if !keys.contains(option.key), let existing {
                    try await existing.delete(on: db)
                }
            }
            meeting.$lead.id = lead
            try await meeting.save(on: db)
            try await audit(meeting, "Changed who is coming", context: context, on: db)
        }
    }
}

extension Meetings {
    /// Splits a draft into two shorter meetings: the first keeps the items that fit in about
    /// half the time, the second (a new draft, same people and plan, no date yet) takes the
    /// rest. For young children, interpreters, and anyone an hour is too much for.
    static func split(
        _ meeting: Meeting, by userID: UUID, context: AuditContext, on db: any Database
    ) async throws
        -> Meeting
    {
        let meetingID = try meeting.requireID()
        return try await db.transaction { db in
            let items = try await AgendaItem.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$position).all()
            let half = max(10, Int((Double(meeting.lengthMinutes) / 2 / 5).rounded()) * 5)
            var used = 0
            var splitAt = items.count
            for (index, item) in items.enumerated() {
                if used + item.minutes > half && index > 0 {
                    splitAt = index
                    break
                }
                used += item.minutes
            }
            let moved = Array(items[splitAt...])
            // Enough time for the items it takes, at least what was left, on the five minutes.
            let needed = moved.map(\.minutes).reduce(0, +)
            let second = try await draftSibling(
                of: meeting, purpose: meeting.purpose + " (Second meeting.)",
                lengthMinutes: max(10, Int((Double(max(needed, meeting.lengthMinutes - half)) / 5).rounded(.up)) * 5),
                by: userID, on: db)
            let secondID = try second.requireID()
            for (position, item) in moved.enumerated() {
                item.$meeting.id = secondID
                item.position = position
                try await item.save(on: db)
            }
            meeting.lengthMinutes = half
            try await meeting.save(on: db)
            try await audit(meeting, "Split into two shorter meetings", context: context, on: db)
            try await AuditLog.record(
                .meetingCreated, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: secondID, summary: "\(meeting.type.label), second of two")
            return second
        }
    }
}

extension Meetings {
    /// A new draft with the same students, people and plan as `meeting`, and no date: the
    /// second half of a split, or a follow-up for what a meeting did not finish.
    static func draftSibling(
        of meeting: Meeting, purpose: String, lengthMinutes: Int, by userID: UUID, on db: any Database
    ) async throws -> Meeting {
        let meetingID = try meeting.requireID()
        let draft = Meeting()
        draft.$school.id = meeting.$school.id
        draft.type = meeting.type
        draft.state = MeetingLifecycle.initialState
        draft.purpose = purpose
        draft.requestedBy = meeting.requestedBy
        draft.urgency = meeting.urgency
        draft.format = meeting.format
        draft.videoLink = meeting.videoLink
        draft.fallbackPlan = meeting.fallbackPlan
        draft.lengthMinutes = lengthMinutes
        draft.$lead.id = meeting.$lead.id
        draft.$space.id = meeting.$space.id
        draft.groundRules = meeting.groundRules
        draft.viewsPlan = meeting.viewsPlan
        draft.inclusionNotes = meeting.inclusionNotes
        draft.difficultNotes = meeting.difficultNotes
        draft.preparationDone = []
        draft.seating = []
        draft.calendarSequence = 0
        draft.runRevision = 0
        draft.$createdBy.id = userID
        try await draft.create(on: db)
        let draftID = try draft.requireID()
        for link in try await MeetingStudent.query(on: db).filter(\.$meeting.$id == meetingID).all() {
            try await MeetingStudent(meetingID: draftID, studentID: link.$student.id).create(on: db)
        }
        for original in try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meetingID).all() {
            try await participant(draftID, original.kind, role: original.role) {
                $0.$student.id = original.$student.id
                $0.$familyMember.id = original.$familyMember.id
                $0.$user.id = original.$user.id
                $0.$agencyContact.id = original.$agencyContact.id
                $0.pageVersion = original.pageVersion
            }.create(on: db)
        }
        return draft
    }
}
