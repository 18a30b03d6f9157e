import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Families asking for a meeting: sending a request from their page, and the staff queue.
enum MeetingRequestsController {
    struct RequestFields: Content {
        var student: String?
        var request_topic: String?
        var urgency: String?
        var request_suitable_times: String?
    }

    /// From a family member's meeting page: about any of their children at this school, the
    /// meeting's own child chosen at first.
    static func send(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        return try await file(req, resolved) { topic, errors, status in
            var page = try await ParticipantPageController.page(req, resolved)
            page.requests?.topic = topic
            page.requests?.errors = errors
            return page.response(for: req, status: status)
        } sent: {
            SiteRoute.participant(token: resolved.token, .page()).path + "?requested=1#request-sent"
        }
    }

    /// Files a request from a family member's link about one of their children at the link's
    /// school (`FamilyReach.mayAskAbout`), whichever page the form was on. `reshow` draws that
    /// page again with the person's words and what to change; `sent` is where to go after.
    static func file(
        _ req: Request, _ resolved: ResolvedParticipantLink,
        reshow: (String, FieldErrors, HTTPResponseStatus) async throws -> Response, sent: () -> String
    ) async throws -> Response {
        let (link, participant, meeting) = resolved.parts
        guard let viewer = FamilyReach.Viewer(resolved), FamilyReach.mayOpen(viewer) else { throw AppError.notFound }
        let memberID = viewer.familyMemberID
        let t = try await ParticipantPageController.localizer(link: link, participant: participant, on: req.db)
        let fields = try req.reshowableFields(RequestFields.self)
        let children = try await FamilyChild.read(of: viewer, on: req.sql)
        let topic = (fields.request_topic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FieldErrors()
        if topic.isEmpty { errors.add("request_topic", t(.errorRequestTopic)) }
        if topic.count > 1000 { errors.add("request_topic", t(.errorTooLong, ["count": "1000"])) }
        // Without a choice (one child), the meeting's own child, else their only child here.
        let inMeeting = try await MeetingStudent.query(on: req.db).filter(\.$meeting.$id == meeting.requireID())
            .all(\.$student.$id)
        let studentID =
            fields.student.flatMap(UUID.init(uuidString:))
            ?? children.first { inMeeting.contains($0.id) }?.id ?? children.first?.id
        guard let student = children.first(where: { $0.id == studentID }) else { throw AppError.notFound }
        if req.csrfFailed { errors.add(FieldErrors.expiredField, t(.errorExpired)) }
        guard errors.isEmpty else { return try await reshow(topic, errors, .unprocessableEntity) }
        let participantID = try participant.requireID()
        let request = MeetingRequest()
        request.$school.id = meeting.$school.id
        request.$student.id = student.id
        request.$familyMember.id = memberID
        request.$participant.id = participantID
        request.topic = topic
        request.urgency = fields.urgency.flatMap(Urgency.init(rawValue:)) ?? .routine
        let times = (fields.request_suitable_times ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        request.suitableTimes = times.isEmpty ? nil : String(times.prefix(500))
        request.status = .open
        let refusal: RequestLimits.Refusal? = try await req.db.transaction { db in
            // The participant's row is locked so that requests sent at once are counted one
            // after another (SQLite's write transactions already are).
            try await db.sql().select().column("id").from(MeetingParticipant.schema)
                .where("id", .equal, participantID).for(.update).run()
            let mine = MeetingRequest.query(on: db).filter(\.$participant.$id == participantID)
            let open = try await mine.copy().filter(\.$status == .open).count()
            let today = try await mine.copy().filter(
                \.$createdAt > req.roundtable.now.addingTimeInterval(-RequestLimits.day)
            )
            .count()
            if let refusal = RequestLimits.check(open: open, sentToday: today) { return refusal }
            try await request.create(on: db)
            try await AuditLog.record(
                .meetingRequested, on: db, context: req.auditContext, schoolID: meeting.$school.id,
                subjectType: "student", subjectID: student.id, summary: request.urgency.label)
            return nil
        }
        if let refusal {
            errors.add("request_topic", t(refusal.phrase, ["count": String(refusal.count)]))
            return try await reshow(topic, errors, .tooManyRequests)
        }
        return req.redirect(to: sent())
    }

    /// Requests about students the viewer can see, open ones first, a page at a time.
    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let page = max(req.query[Int.self, at: "page"] ?? 1, 1)
        return try await MeetingRequestsPage.read(for: staff, page: page, notice: req.notice, on: req.sql)
            .response(for: req)
    }

    private static func load(_ req: Request) async throws -> (StaffContext, MeetingRequest, Student) {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(MeetingRequestID.self).rawValue
        guard
            let request = try await MeetingRequest.query(on: req.db).filter(\.$id == id).with(\.$familyMember).first(),
            let student = try await StudentDirectory.visibleStudent(
                request.$student.id, scope: StudentDirectory.scope(for: staff), userID: staff.user.requireID(),
                on: req.db),
            AccessPolicy.allows(staff.actor, .planMeetings(student.schoolRef))
        else { throw AppError.notFound }
        return (staff, request, student)
    }

    /// Starts a planned meeting from the request: the family asked, so it says so.
    static func accept(_ req: Request) async throws -> Response {
        let (staff, request, student) = try await load(req)
        if req.csrfFailed { throw AppError.formExpired }
        let meeting = try await MeetingRequests.accept(
            request, for: student, by: staff, context: req.auditContext, now: req.roundtable.now, on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(meeting.requireID()), .show(notice: .meetingStarted)).path)
    }

    struct AnswerFields: Content {
        var answer: String?
        /// The page of the list the form was on, to show it again if the answer comes back.
        var page: Int?
    }

    static func answer(_ req: Request) async throws -> Response {
        let (_, request, student) = try await load(req)
        if req.csrfFailed { throw AppError.formExpired }
        let fields = try req.formFields(AnswerFields.self)
        let text: String
        switch RequestAnswer.check(fields.answer ?? "") {
        case .success(let checked): text = checked
        case .failure(let problem):
            // The list again, with what they typed back in its box and what to change.
            var page = try await MeetingRequestsPage.read(
                for: try req.requireStaff(), page: max(fields.page ?? 1, 1), notice: nil, on: req.sql)
            page.answerDraft = .init(
                requestID: MeetingRequestID(try request.requireID()), text: fields.answer ?? "",
                error: problem.message)
            return page.response(for: req, status: .unprocessableEntity)
        }
        try await MeetingRequests.answer(
            request, with: text, about: student, context: req.auditContext, now: req.roundtable.now, on: req.db)
        return req.redirect(to: SiteRoute.meetingRequests(notice: .requestAnswered).path)
    }
}
