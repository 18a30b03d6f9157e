import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

extension Meetings {
    static func addAgendaItem(
        _ checked: AgendaItemForm.Checked, to meeting: Meeting, proposedBy: String, participantID: UUID? = nil,
        context: AuditContext, on db: any Database
    ) async throws {
        let meetingID = try meeting.requireID()
        try await db.transaction { db in
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
            var items = try await AgendaItem.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$position).all()
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
    }

    static func participantOptions(for context: MeetingContext, on db: any Database) async throws -> Options {
        let meetingID = try context.meeting.requireID()
        let current = try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meetingID).all()
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
                    invited: current.contains { $0.$student.id == studentID }, studentID: studentID))
            let circle = try await StudentDirectory.circle(of: studentID, on: db)
            for entry in circle.family {
                let memberID = try entry.member.requireID()
                if entry.member.isRestricted {
                    restricted.append(entry.member.displayName)
                    continue
                }
                add(
                    Option(
                        key: "family:\(memberID)", kind: .family, name: entry.member.displayName,
                        role: entry.link.relationship.label,
                        invited: current.contains { $0.$familyMember.id == memberID }, familyMemberID: memberID))
            }
            for entry in circle.agencies {
                let contactID = try entry.contact.requireID()
                add(
                    Option(
                        key: "agency:\(contactID)", kind: .agency,
                        name: "\(entry.contact.name), \(entry.contact.agency)",
                        role: entry.contact.role ?? "Agency",
                        invited: current.contains { $0.$agencyContact.id == contactID }, agencyContactID: contactID))
            }
            for user in circle.staff {
                let userID = try user.requireID()
                add(
                    Option(
                        key: "staff:\(userID)", kind: .staff, name: user.name, role: user.jobRole.label,
                        invited: current.contains { $0.$user.id == userID }, userID: userID))
            }
        }
        // Staff already invited who are not linked to the student (a leader, say) stay offered.
        let extraStaff = current.filter { $0.kind == .staff }.compactMap { $0.$user.id }
            .filter { id in !options.contains { $0.userID == id } }
        if !extraStaff.isEmpty {
            for user in try await User.query(on: db).filter(\.$id ~~ extraStaff).all() {
                add(
                    Option(
                        key: "staff:\(user.id!)", kind: .staff, name: user.name, role: user.jobRole.label,
                        invited: true, userID: user.id))
            }
        }
        return Options(options: options, restricted: Array(Set(restricted)).sorted(), leadID: context.meeting.$lead.id)
    }

    /// Invites exactly the chosen options (restricted people are never among them) and sets
    /// the lead, who must be one of the invited staff, or nobody.
    static func setParticipants(
        _ keys: Set<String>, lead: UUID?, options: Options, meeting: Meeting, context: AuditContext,
        on db: any Database
    ) async throws {
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
            let invitedStaff = options.options.filter { $0.kind == .staff && keys.contains($0.key) }.compactMap(
                \.userID)
            meeting.$lead.id = lead.flatMap { invitedStaff.contains($0) ? $0 : nil }
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
