import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The school's rooms and places, choosing one for a meeting, and the seating plan.
enum SpacesController {
    struct SpaceFields: Content {
        var name: String?
        var capacity: String?
        var table: String?
        var movable_seats: String?
        var natural_light: String?
        var privacy: String?
        var step_free: String?
        var at_school: String?
        var equipment: String?

        var form: SpaceForm {
            var form = SpaceForm()
            form.name = name ?? ""
            form.capacity = capacity ?? ""
            form.table = table ?? ""
            form.movableSeats = movable_seats ?? ""
            form.naturalLight = natural_light ?? ""
            form.privacy = privacy ?? ""
            form.stepFree = step_free ?? ""
            form.atSchool = at_school ?? ""
            form.equipment = equipment ?? ""
            return form
        }
    }

    /// The school whose rooms are meant: a leader's own (from the session, no query); for an
    /// administrator, the one named in the address, or the only one. `nil`: an administrator
    /// of several schools must choose.
    private static func school(_ req: Request, staff: StaffContext) async throws -> SchoolRow? {
        let organisationID = try staff.organisation.requireID()
        var school: SchoolRow?
        if let id = req.query[UUID.self, at: "school"] ?? staff.user.$school.id {
            if let own = staff.school, own.id == id {
                school = try SchoolRow(own)
            } else {
                guard let found = try await SchoolRow.find(id, in: organisationID, on: req.sql) else {
                    throw AppError.notFound
                }
                school = found
            }
        } else {
            let schools = try await SchoolRow.all(in: organisationID, on: req.sql)
            guard schools.count == 1 else {
                guard AccessPolicy.allows(staff.actor, .manageSchools(organisationID: organisationID)) else {
                    throw AppError.notFound
                }
                return nil
            }
            school = schools[0]
        }
        try req.require(.manageSpaces(school!.ref))
        return school
    }

    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard let school = try await school(req, staff: staff) else {
            return try await ChooseSchoolPage.read(for: staff, next: .spaces, on: req.sql).response(for: req)
        }
        return try await SpacesPage.read(school, notice: req.notice, on: req.sql).response(for: req)
    }

    static func newForm(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard let school = try await school(req, staff: staff) else {
            return try await ChooseSchoolPage.read(for: staff, next: .newSpace, on: req.sql).response(for: req)
        }
        return SpaceFormPage(schoolID: school.schoolID, schoolName: school.name, form: SpaceForm()).response(for: req)
    }

    static func create(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard let school = try await school(req, staff: staff) else { throw AppError.notFound }
        return try await save(req, school: school, space: nil)
    }

    private static func loadSpace(_ req: Request) async throws -> (SchoolRow, Space) {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(SpaceID.self).rawValue
        guard let space = try await Space.find(id, on: req.db),
            let school = try await SchoolRow.find(space.$school.id, in: staff.organisation.requireID(), on: req.sql)
        else { throw AppError.notFound }
        try req.require(.manageSpaces(school.ref))
        return (school, space)
    }

    static func editForm(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(SpaceID.self).rawValue
        guard let page = try await SpaceFormPage.read(id, for: staff, on: req.sql)
        else { throw AppError.notFound }
        return page.response(for: req)
    }

    static func update(_ req: Request) async throws -> Response {
        let (school, space) = try await loadSpace(req)
        return try await save(req, school: school, space: space)
    }

    private static func save(_ req: Request, school: SchoolRow, space: Space?) async throws -> Response {
        let form = try req.reshowableFields(SpaceFields.self).form
        var errors = FieldErrors()
        var checked: SpaceForm.Checked?
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        let schoolID = school.id
        if let checked {
            let sameName = try await Space.query(on: req.db).filter(\.$school.$id == schoolID)
                .filter(\.$name == checked.name).first()
            if let sameName, sameName.id != space?.id {
                errors.add("name", "There is already a room called \(checked.name). Give this one another name.")
            }
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            return SpaceFormPage(
                schoolID: school.schoolID, schoolName: school.name,
                space: try space.map { SpaceFormPage.Saved(id: SpaceID(try $0.requireID()), name: $0.name) },
                form: form,
                errors: errors
            ).response(for: req, status: .unprocessableEntity)
        }
        let target = space ?? Space()
        target.$school.id = schoolID
        target.name = checked.name
        target.capacity = checked.facts.capacity
        target.table = checked.facts.table
        target.movableSeats = checked.facts.movableSeats
        target.naturalLight = checked.facts.naturalLight
        target.privacy = checked.facts.privacy
        target.stepFree = checked.facts.stepFree
        target.offSite = checked.facts.offSite
        target.equipment = checked.equipment
        target.isActive = true
        try await req.db.transaction { db in
            try await target.save(on: db)
            try await AuditLog.record(
                .spaceChanged, on: db, context: req.auditContext, schoolID: schoolID, subjectType: "space",
                subjectID: target.id, summary: target.name)
        }
        return req.redirect(to: SiteRoute.spaces(school: school.schoolID, notice: .spaceSaved).path)
    }

    struct ChoiceFields: Content {
        var space: String?
    }

    static func chooseForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        return try await ChooseSpacePage.read(context, now: req.roundtable.now, on: req.sql).response(for: req)
    }

    static func choose(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let chosen = try req.formFields(ChoiceFields.self).space.flatMap(UUID.init(uuidString:))
        guard let chosen,
            let space = try await Space.find(chosen, on: req.db), space.$school.id == context.meeting.$school.id
        else {
            var errors = FieldErrors()
            errors.add("space", "Choose a room")
            return try await ChooseSpacePage.read(context, errors: errors, now: req.roundtable.now, on: req.sql)
                .response(for: req, status: .unprocessableEntity)
        }
        let changed = context.meeting.$space.id != space.id
        context.meeting.$space.id = try space.requireID()
        try await req.db.transaction { db in
            try await context.meeting.save(on: db)
            try await Meetings.audit(context.meeting, "Chose \(space.name)", context: req.auditContext, on: db)
        }
        if changed {
            try await Sharing.announce(
                context.meeting, changes: [.place], on: req.db, now: req.roundtable.now)
        }
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .show(notice: .spaceChosen)).path
                + "#space")
    }

    static func seating(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        return try await SeatingPage.read(context, notice: req.notice, on: req.sql).response(for: req)
    }

    struct MoveFields: Content {
        var person: String?
        var place: String?
        /// "default": back to the suggested seating.
        var reset: String?
    }

    static func saveSeating(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let people = try await MeetingPeopleRead.read(try context.meeting.requireID(), for: context.viewer, on: req.sql)
        let order = SeatingPlan.reconcile(saved: context.meeting.seating, with: Meetings.seatingPeople(people))
        let fields = try req.formFields(MoveFields.self)
        if fields.reset == "default" {
            context.meeting.seating = []
            try await context.meeting.save(on: req.db)
            return req.redirect(to: SiteRoute.meeting(MeetingID(try context.meeting.requireID()), .seating).path)
        }
        guard let person = fields.person.flatMap(UUID.init(uuidString:)), order.contains(person),
            let place = fields.place.flatMap({ Int($0) }), (1...order.count).contains(place)
        else { throw AppError.badRequest("Choose a person and a place from the lists.") }
        context.meeting.seating = SeatingPlan.move(person, to: place - 1, in: order)
        try await context.meeting.save(on: req.db)
        return req.redirect(to: SiteRoute.meeting(MeetingID(try context.meeting.requireID()), .seating).path)
    }
}
