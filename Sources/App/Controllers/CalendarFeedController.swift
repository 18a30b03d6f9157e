import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// A private calendar feed of one's meetings, for staff to subscribe to in their calendar.
enum CalendarFeedController {
    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        return try await CalendarFeedPage.read(userID: staff.user.requireID(), notice: req.notice, on: req.sql)
            .response(for: req)
    }

    /// Makes a new address (the old one stops working) and shows it once.
    static func create(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        if req.csrfFailed { throw AppError.formExpired }
        let userID = try staff.user.requireID()
        let token = Secrets.randomToken()
        let feed = CalendarFeed()
        feed.$user.id = userID
        feed.tokenHash = TokenHash.of(token)
        try await req.db.transaction { db in
            try await revokeAll(of: userID, now: req.roundtable.now, on: db)
            try await feed.create(on: db)
        }
        let url = req.roundtable.configuration.publicURL.address(of: SiteRoute.calendarFile(token: token + ".ics"))
        return CalendarFeedPage(active: .init(createdAt: feed.createdAt), newURL: url).response(for: req)
    }

    static func revoke(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        if req.csrfFailed { throw AppError.formExpired }
        try await revokeAll(of: staff.user.requireID(), now: req.roundtable.now, on: req.db)
        return req.redirect(to: SiteRoute.calendarFeed(notice: .feedRevoked).path)
    }

    private static func revokeAll(of userID: UUID, now: Date, on db: any Database) async throws {
        for feed in try await CalendarFeed.query(on: db).filter(\.$user.$id == userID).filter(\.$revokedAt == nil).all()
        {
            feed.revokedAt = now
            try await feed.save(on: db)
        }
    }

    /// The feed itself: meetings with a date from the last three months on, neutral titles.
    static func file(_ req: Request) async throws -> Response {
        guard var token = req.parameters.token else { throw AppError.notFound }
        if token.hasSuffix(".ics") { token.removeLast(4) }
        guard
            let feed = try await CalendarFeed.query(on: req.db).filter(\.$tokenHash == TokenHash.of(token))
                .filter(\.$revokedAt == nil).with(\.$user).first(),
            feed.user.isActive,
            let organisation = try await Organisation.find(feed.user.$organisation.id, on: req.db)
        else { throw AppError.notFound }
        let school = try await feed.user.$school.id.asyncMap { try await School.find($0, on: req.db) } ?? nil
        let staff = StaffContext(user: feed.user, session: nil, organisation: organisation, school: school)
        feed.lastUsedAt = req.roundtable.now
        try await feed.save(on: req.db)
        let since = req.roundtable.now.addingTimeInterval(-90 * 86_400)
        let configuration = req.roundtable.configuration
        var events: [CalendarFile] = []
        for entry in try await Meetings.mine(staff, on: req.db) {
            let meeting = entry.meeting
            guard meeting.lifecycle.hasBeenShared, let start = meeting.startsAt, start >= since else { continue }
            let schoolName = try await School.find(meeting.$school.id, on: req.db)?.name ?? "school"
            events.append(
                CalendarFile(
                    method: meeting.lifecycle.isCancelled ? .cancel : .request,
                    uid: "meeting-\(meeting.id!.uuidString.lowercased())@roundtable",
                    sequence: meeting.calendarSequence, start: start, lengthMinutes: meeting.lengthMinutes,
                    title: "Meeting at \(schoolName)", location: meeting.format.needsRoom ? nil : meeting.format.label,
                    description: configuration.publicURL.address(of: .meeting(MeetingID(meeting.id!), .show())),
                    organizerEmail: configuration.mailFrom.value, organizerName: configuration.mailFromName,
                    attendeeEmail: nil, attendeeName: nil, stamp: meeting.updatedAt ?? req.roundtable.now))
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: CalendarFile.feed(events)))
    }
}
