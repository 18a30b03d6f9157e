import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension MeetingPage {
    /// The meeting as `visibleMeeting()` loaded it (with the access check), then three queries:
    /// the people with their records, replies and words, joined in one; the agenda; the room
    /// with the viewer's reflection, the English letter, the summary's waiting comments and
    /// when the viewer last opened the meeting. Before it starts, one more: other meetings
    /// booked at the same time (`BookingClashRead`); once shared, how each person was reached
    /// (`readDelivery`); while a change waits, the letters (`StaleLetterRead`). The page of
    /// who is coming (`part` `.people`) also reads the family who must not be contacted and
    /// the people the family brings. The task list is `PlanningTasks`'s to decide.
    static func read(
        _ context: MeetingContext, part: PlanningTaskKind? = nil, notice: SiteRoute.Notice?, now: Date,
        timeZone: TimeZone, mailConfigured: Bool, on db: any SQLDatabase
    ) async throws -> MeetingPage {
        let meeting = context.meeting
        let meetingID = try meeting.requireID()
        let userID = try context.staff.user.requireID()
        let lifecycle = meeting.lifecycle
        let extras = try await db.raw(
            """
            SELECT
                (SELECT b.text FROM bias_checks b WHERE b.meeting_id = m.id AND b.author_id = \(bind: userID))
                    AS bias_check,
                (SELECT COUNT(*) FROM summary_responses r WHERE r.meeting_id = m.id
                    AND r.kind = \(bind: SummaryResponse.Kind.comment.rawValue) AND r.answer IS NULL) AS open_comments,
                (SELECT v.viewed_at FROM meeting_views v WHERE v.meeting_id = m.id AND v.user_id = \(bind: userID))
                    AS last_viewed,
                (SELECT t.body FROM invitation_texts t WHERE t.meeting_id = m.id AND t.language = 'en') AS letter,
                (SELECT COUNT(*) FROM staff_reflections sr WHERE sr.meeting_id = m.id
                    AND sr.user_id = \(bind: userID)) AS reflections_after,
                sp.name AS space_name, sp.capacity, sp.table_shape, sp.movable_seats, sp.natural_light, sp.privacy,
                sp.step_free, sp.off_site
            FROM meetings m LEFT JOIN spaces sp ON sp.id = m.space_id
            WHERE m.id = \(bind: meetingID)
            """
        ).first(decoding: ExtrasRow.self)
        let people = try await readPeople(
            meetingID, viewer: context.viewer, lastViewed: extras?.last_viewed, now: now, on: db)
        let agenda = try await db.raw(
            """
            SELECT id, title, minutes, proposed_by, added_after_share, notes FROM agenda_items
            WHERE meeting_id = \(bind: meetingID) ORDER BY position
            """
        ).all(decoding: AgendaRow.self)
        let shown = people.filter { ContactRule.shownToParticipants($0.contact) }.map(\.attendee)
        let youngest = people.compactMap(\.attendee.age).min() ?? 99
        let mayPlan = context.mayChange && !lifecycle.hasStarted
        let steps = PreparationStep.steps(for: meeting.urgency)
        var clashes: [MeetingClash] = []
        if !lifecycle.hasStarted && !lifecycle.isCancelled {
            clashes = try await BookingClashRead.read(meeting, for: context.staff, on: db).clashes
        }
        var page = MeetingPage(
            id: MeetingID(meetingID), type: meeting.type, state: meeting.state,
            studentNames: context.students.map(\.displayName), notice: notice, purpose: meeting.purpose,
            startsAt: meeting.startsAt, lengthMinutes: meeting.lengthMinutes, format: meeting.format,
            videoLink: meeting.videoLink, fallbackPlan: meeting.fallbackPlan, requestedBy: meeting.requestedBy,
            urgency: meeting.urgency,
            leadName: meeting.$lead.id.flatMap { lead in people.first { $0.userID == lead }?.person.name },
            groundRules: meeting.groundRules, viewsPlan: meeting.viewsPlan, inclusionNotes: meeting.inclusionNotes,
            difficultNotes: meeting.difficultNotes,
            flags: Flags(
                mayChange: context.mayChange, mayChangePlan: context.mayChange && lifecycle.allows(.changePlan),
                mayPlan: mayPlan,
                // Splitting helps a young child or a very long meeting; with an interpreter the
                // answer is more time, not less.
                mayOfferSplit: context.mayChange && lifecycle.allows(.split) && agenda.count > 1
                    && meeting.lengthMinutes >= 30 && (youngest < 12 || meeting.lengthMinutes > 60),
                isCancelled: lifecycle.isCancelled),
            run: RunLinks(
                // Someone here by invitation only is not sent on to the meeting before (`MeetingReach`).
                followUpOf: context.reach.opensStudents ? meeting.$followUpOf.id.map { MeetingID($0) } : nil,
                stage: lifecycle.allows(.start)
                    ? .mayStart
                    : lifecycle.isRunning
                        ? .running : lifecycle.isHeld ? .held(mayShareSummary: lifecycle.allows(.shareSummary)) : .none,
                openComments: extras?.open_comments ?? 0,
                reflectionAfter: StaffReflectionRule.isAsked(
                    meeting: lifecycle, leadID: meeting.$lead.id, viewer: userID,
                    presences: people.filter { $0.userID == userID }.map(\.presence))
                    ? (extras?.reflections_after ?? 0) > 0 : nil),
            sharing: Sharing(
                hasBeenShared: lifecycle.hasBeenShared, sharedAt: meeting.sharedAt,
                changesToldAt: ChangeNotice.lastChange(
                    plan: meeting.changesPendingAt, windows: people.map(\.windowChangedAt)
                ).flatMap { lifecycle.allows(.tellChanges) ? ChangeNotice.sendsAt(lastChange: $0) : nil },
                // A moved part alone is told to that person only, and the page says so.
                partMovedFor: meeting.changesPendingAt == nil
                    ? people.filter { $0.windowChangedAt != nil }.map(\.person.name) : []),
            people: people.map(\.person),
            restricted: part == .people ? try await restrictedFamily(of: meetingID, on: db) : [],
            agenda: MeetingAgendaSection(
                meetingID: MeetingID(meetingID), lengthMinutes: meeting.lengthMinutes,
                items: agenda.map {
                    .init(
                        id: AgendaItemID($0.id), title: $0.title, minutes: $0.minutes, proposedBy: $0.proposed_by,
                        addedAfterShare: $0.added_after_share, notes: $0.notes)
                }, mayChange: mayPlan),
            room: MeetingRoomSection(
                meetingID: MeetingID(meetingID), needsRoom: meeting.format.needsRoom,
                room: extras?.room.map { room in
                    .init(
                        name: room.name, capacity: room.facts.capacity, table: room.facts.table,
                        warnings: SpaceFit.warnings(
                            room.facts, for: Meetings.spaceNeeds(meeting, attendees: shown))
                            + (clashes.contains { $0.room != nil }
                                ? ["It is booked for another meeting at the same time (see above)."] : []))
                }, mayChange: mayPlan),
            lengthAdvice: lifecycle.hasStarted ? [] : Meetings.lengthAdvice(meeting, attendees: shown),
            preparation: lifecycle.hasStarted
                ? nil
                : Preparation(
                    steps: steps, done: steps.filter { meeting.preparationDone.contains($0.rawValue) },
                    isUrgent: meeting.urgency == .urgent),
            biasCheck: extras?.bias_check ?? "",
            clashes: clashes)
        page.part = part
        if part == .people { page.guests = try await Meetings.guests(of: meetingID, on: db) }
        page.staleLetter = try await StaleLetterRead.read(meeting, timeZone: timeZone, on: db)
        page.delivery = try await readDelivery(
            for: page, lifecycle: lifecycle, mailConfigured: mailConfigured, on: db)
        if part == nil {
            let room = extras?.room.map {
                SpaceFit.warnings($0.facts, for: Meetings.spaceNeeds(meeting, attendees: shown))
            }
            page.tasks = PlanningTasks.tasks(
                page.planningFacts(
                    lifecycle: lifecycle, roomWarnings: room?.count ?? 0,
                    letterFindings: extras?.letter.map { letter in
                        InvitationCheck.check(
                            letter, language: "en",
                            facts: letterFacts(context, people: people.map(\.person), placeName: extras?.space_name)
                        ).findings.count
                    }))
        }
        return page
    }

    /// The invitation check's facts, as the letter's page gives them (`InvitationSource.facts`).
    static func letterFacts(
        _ context: MeetingContext, people: [Person], placeName: String?
    ) -> InvitationCheck.Facts {
        let meeting = context.meeting
        return InvitationCheck.Facts(
            isConcern: meeting.isConcern, isBehaviour: meeting.type == .behaviourConcern, format: meeting.format,
            peopleWords: people.filter { $0.kind != .student }.flatMap { person in
                person.name.split { !$0.isLetter && $0 != "-" && $0 != "'" }.map(String.init).filter { $0.count > 1 }
            },
            placeName: placeName,
            childNames: context.students.flatMap { [$0.preferredName, $0.legalGivenName] }.compactMap { $0 })
    }

    struct ExtrasRow: Decodable {
        var bias_check: String?
        var letter: String?
        var open_comments: Int
        var reflections_after: Int
        var last_viewed: Date?
        var space_name: String?
        var capacity: Int?
        var table_shape: TableShape?
        var movable_seats: Bool?
        var natural_light: Bool?
        var privacy: SpacePrivacy?
        var step_free: Bool?
        var off_site: Bool?

        /// The chosen room, as `Space.facts` describes it.
        var room: (name: String, facts: SpaceFacts)? {
            guard let space_name, let capacity, let table_shape, let movable_seats, let natural_light, let privacy,
                let step_free, let off_site
            else { return nil }
            return (
                space_name,
                SpaceFacts(
                    capacity: capacity, table: table_shape, movableSeats: movable_seats, naturalLight: natural_light,
                    privacy: privacy, stepFree: step_free, offSite: off_site)
            )
        }
    }

    struct AgendaRow: Decodable {
        var id: UUID
        var title: String
        var minutes: Int
        var proposed_by: String
        var added_after_share: Bool
        var notes: String?
    }

    /// Family of the meeting's students with a restriction in force who are not among its
    /// people: never invited, named as a warning. Each name once, in order.
    static func restrictedFamily(of meetingID: UUID, on db: any SQLDatabase) async throws -> [String] {
        struct Row: Decodable {
            var given_name: String
            var family_name: String
            var restriction: String?
        }
        let rows = try await db.raw(
            """
            SELECT f.given_name, f.family_name, f.restriction
            FROM student_family_links l
            JOIN meeting_students ms ON ms.student_id = l.student_id
            JOIN family_members f ON f.id = l.family_member_id
            WHERE ms.meeting_id = \(bind: meetingID)
                AND f.id NOT IN (SELECT p.family_member_id FROM meeting_participants p
                    WHERE p.meeting_id = \(bind: meetingID) AND p.family_member_id IS NOT NULL)
            """
        ).all(decoding: Row.self)
        let names = rows.filter { ContactRule.isRestriction($0.restriction) }.map {
            "\($0.given_name) \($0.family_name)"
        }
        return Array(Set(names)).sorted()
    }
}
