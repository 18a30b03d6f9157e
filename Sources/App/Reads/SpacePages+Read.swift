import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// A room as the pages read it.
struct SpaceRow: Decodable {
    var id: UUID
    var school_id: UUID
    var name: String
    var capacity: Int
    var table_shape: TableShape
    var movable_seats: Bool
    var natural_light: Bool
    var privacy: SpacePrivacy
    var step_free: Bool
    var off_site: Bool
    var equipment: String?

    static let columns = [
        "id", "school_id", "name", "capacity", "table_shape", "movable_seats", "natural_light", "privacy", "step_free",
        "off_site", "equipment",
    ]

    var facts: SpaceFacts {
        SpaceFacts(
            capacity: capacity, table: table_shape, movableSeats: movable_seats, naturalLight: natural_light,
            privacy: privacy, stepFree: step_free, offSite: off_site)
    }

    /// The form as it shows a saved room.
    var form: SpaceForm {
        var form = SpaceForm()
        form.name = name
        form.capacity = String(capacity)
        form.table = table_shape.rawValue
        form.movableSeats = movable_seats ? "yes" : "no"
        form.naturalLight = natural_light ? "yes" : "no"
        form.privacy = privacy.rawValue
        form.stepFree = step_free ? "yes" : "no"
        form.atSchool = off_site ? "no" : "yes"
        form.equipment = equipment ?? ""
        return form
    }

    /// The school's rooms by name; `onlyActive` for choosing one.
    static func all(in schoolID: UUID, onlyActive: Bool = false, on db: any SQLDatabase) async throws -> [SpaceRow] {
        var query = db.select().columns(columns.map { SQLIdentifier($0) as any SQLExpression }).from(Space.schema)
            .where("school_id", .equal, schoolID)
        if onlyActive { query = query.where("is_active", .equal, true) }
        return try await query.orderBy("name").all(decoding: SpaceRow.self)
    }
}

extension SpacesPage {
    /// One query: the school's rooms.
    static func read(_ school: SchoolRow, notice: SiteRoute.Notice?, on db: any SQLDatabase) async throws -> SpacesPage
    {
        SpacesPage(
            schoolID: school.schoolID, schoolName: school.name,
            rooms: try await SpaceRow.all(in: school.id, on: db).map {
                Room(
                    id: SpaceID($0.id), name: $0.name, capacity: $0.capacity, table: $0.table_shape,
                    offSite: $0.off_site)
            }, notice: notice)
    }
}

extension SpaceFormPage {
    /// A room with its school, in one query, when the viewer may manage that school's rooms.
    static func read(_ spaceID: UUID, for staff: StaffContext, on db: any SQLDatabase) async throws -> SpaceFormPage? {
        struct SchoolPart: Decodable {
            var school_name: String
            var organisation_id: UUID
        }
        guard
            let row = try await db.raw(
                """
                SELECT \(unsafeRaw: SpaceRow.columns.map { "sp." + $0 }.joined(separator: ", ")),
                    sc.name AS school_name, sc.organisation_id
                FROM spaces sp JOIN schools sc ON sc.id = sp.school_id
                WHERE sp.id = \(bind: spaceID) AND sc.organisation_id = \(bind: try staff.organisation.requireID())
                """
            ).first()
        else { return nil }
        let space = try row.decode(model: SpaceRow.self)
        let school = try row.decode(model: SchoolPart.self)
        guard
            AccessPolicy.allows(
                staff.actor, .manageSpaces(SchoolRef(id: space.school_id, organisationID: school.organisation_id)))
        else { return nil }
        return SpaceFormPage(
            schoolID: SchoolID(space.school_id), schoolName: school.school_name,
            space: Saved(id: SpaceID(space.id), name: space.name), form: space.form)
    }
}

extension ChooseSchoolPage {
    /// For an administrator of several schools: one query, the organisation's schools.
    static func read(for staff: StaffContext, next: Next, on db: any SQLDatabase) async throws -> ChooseSchoolPage {
        ChooseSchoolPage(
            schools: try await SchoolRow.all(in: try staff.organisation.requireID(), on: db).map {
                School(id: $0.schoolID, name: $0.name)
            }, next: next)
    }
}

extension ChooseSpacePage {
    /// After the access check, three queries: the people (`MeetingPage.readPeople`), for what
    /// the room must suit, the school's rooms in use, and the meetings that hold them at the
    /// same time (`BookingClashRead`; none without a time).
    static func read(
        _ context: MeetingContext, errors: FieldErrors = FieldErrors(), now: Date, on db: any SQLDatabase
    ) async throws -> ChooseSpacePage {
        let meeting = context.meeting
        let people = try await MeetingPage.readPeople(
            try meeting.requireID(), viewer: context.viewer, lastViewed: nil, now: now, on: db)
        let needs = Meetings.spaceNeeds(
            meeting, attendees: people.filter { ContactRule.shownToParticipants($0.contact) }.map(\.attendee))
        let rooms = try await SpaceRow.all(in: meeting.$school.id, onlyActive: true, on: db)
        let taken = try await BookingClashRead.read(meeting, for: context.staff, on: db).roomsTaken
        return ChooseSpacePage(
            meetingID: MeetingID(try meeting.requireID()), studentNames: context.students.map(\.displayName),
            schoolID: SchoolID(meeting.$school.id),
            rooms: rooms.map {
                Room(
                    id: SpaceID($0.id), name: $0.name, capacity: $0.capacity,
                    warnings: SpaceFit.warnings($0.facts, for: needs), bookedFor: taken[$0.id] ?? [])
            }, chosen: meeting.$space.id.map { SpaceID($0) },
            mayManageSpaces: AccessPolicy.allows(context.staff.actor, .manageSpaces(meeting.ref.school)), errors: errors
        )
    }
}
