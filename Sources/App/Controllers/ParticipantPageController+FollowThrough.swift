import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// After the meeting, from a family member's or the student's own link: their action is done
/// (or could not be), or a note on a shared goal. A new line each time, and the lead is told.
extension ParticipantPageController {
    static func followThrough(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        let (link, participant, meeting) = resolved.parts
        // The goals and actions show with the summary; before it is shared there is nothing to update.
        guard meeting.lifecycle.allows(.followThrough), meeting.lifecycle.allows(.answerSummary),
            let person = participant.person
        else { throw AppError.notFound }
        let t = try await localizer(link: link, participant: participant, on: req.db)
        let fields = try req.reshowableFields([String: String].self)
        guard let entryID = fields["entry"].flatMap(UUID.init(uuidString:)),
            let entry = try await RecordEntry.query(on: req.db).filter(\.$id == entryID)
                .filter(\.$meeting.$id == meeting.requireID()).first()
        else { throw AppError.notFound }
        // Only what their page shows them may be updated: the same rule, asked again.
        let viewer = ContactRule.viewer(participant.loadedContactPerson)
        guard RecordVisibility.canSee(viewer, label: entry.effectiveLabel, isAuthor: false) else {
            throw AppError.notFound
        }
        let suffix = RecordEntryID(entryID).fieldSuffix
        let note = (fields["note" + suffix] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var problem: String?
        if note.count > RecordLimit.statement { problem = t(.errorTooLong, ["count": "\(RecordLimit.statement)"]) }
        let author = FollowThroughUpdates.Author.participant(try participant.requireID())
        let settings = try await req.sharingSettings(meeting)
        let now = req.roundtable.now
        switch entry.kind {
        case .action:
            let owners = try await RecordEntryOwner.query(on: req.db).filter(\.$entry.$id == entryID).all()
                .compactMap(\.person)
            guard FollowThroughRule.mayUpdateAction(owners: owners, as: person),
                let status = fields["status"].flatMap(ActionStatus.init(rawValue:)),
                ActionStatus.participantChoices.contains(status)
            else { throw AppError.notFound }
            if req.csrfFailed { problem = t(.errorExpired) }
            if problem == nil {
                // A second press of the same button says nothing new: the first one counted, and
                // `record` writes nothing for it, even when both arrive at once.
                try await FollowThroughUpdates.record(
                    ActionStatusForm.Checked(status: status, note: note.isEmpty ? nil : note), for: entry,
                    by: author, schoolID: meeting.$school.id, audit: req.auditContext, now: now, on: req.db,
                    tellLead: settings)
            }
        case .goal:
            guard FollowThroughRule.mayAddGoalNote(label: entry.effectiveLabel, as: viewer) else {
                throw AppError.notFound
            }
            if note.isEmpty { problem = t(.errorFollowNote) }
            if req.csrfFailed { problem = t(.errorExpired) }
            if problem == nil {
                let current = try await FollowThroughUpdates.currentGoal(of: entryID, on: req.sql)
                try await FollowThroughUpdates.record(
                    GoalProgressForm.Checked(status: current, note: note, observed: nil, nextReview: nil), for: entry,
                    by: author, schoolID: meeting.$school.id, audit: req.auditContext, now: now, on: req.db,
                    tellLead: settings)
            }
        default:
            throw AppError.notFound
        }
        if let problem {
            var page = try await page(req, resolved)
            page.followThrough?.draft = .init(entryID: RecordEntryID(entryID), note: note, error: problem)
            return page.response(for: req, status: .unprocessableEntity)
        }
        req.application.outboxWorker?.wake()
        return req.redirect(
            to: SiteRoute.participant(token: resolved.token, .page()).path + "?followed=1#follow-saved")
    }
}

extension RecordEntryOwner {
    var person: PersonRef? {
        PersonRef(
            kind: kind, user: $user.id, family: $familyMember.id, student: $student.id, agency: $agencyContact.id)
    }
}
