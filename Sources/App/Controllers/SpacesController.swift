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

    /// The school whose rooms are meant: a leader's own; for an administrator, the one named
    /// in the address, or the only one. `nil`: an administrator of several schools must choose.
    private static func school(_ req: Request, staff: StaffContext) async throws -> School? {
        let organisationID = try staff.organisation.requireID()
        var school: School?
        if let id = req.query[UUID.self, at: "school"] ?? staff.user.$school.id {
            guard let found = try await Schools.find(id, in: organisationID, on: req.db) else {
                throw AppError.notFound
            }
            school = found
        } else {
            let schools = try await Schools.all(in: organisationID, on: req.db)
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

    private static func chooseSchool(
        _ req: Request, staff: StaffContext, next: @escaping @Sendable (UUID) -> SiteRoute
    )
        async throws -> Response
    {
        let schools = try await Schools.all(in: staff.organisation.requireID(), on: req.db)
        return ChooseSchoolPage(schools: schools, next: next).response(for: req)
    }

    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard let school = try await school(req, staff: staff) else {
            return try await chooseSchool(req, staff: staff) { .spaces(school: $0) }
        }
        let spaces = try await Space.query(on: req.db).filter(\.$school.$id == school.requireID()).sort(\.$name).all()
        return SpacesPage(school: school, spaces: spaces, notice: req.notice).response(for: req)
    }

    static func newForm(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard let school = try await school(req, staff: staff) else {
            return try await chooseSchool(req, staff: staff) { .newSpace(school: $0) }
        }
        return SpaceFormPage(school: school, space: nil, form: SpaceForm()).response(for: req)
    }

    static func create(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        guard let school = try await school(req, staff: staff) else { throw AppError.notFound }
        return try await save(req, school: school, space: nil)
    }

    private static func loadSpace(_ req: Request) async throws -> (School, Space) {
        let staff = try req.requireStaff()
        guard let id = req.parameters.get("spaceID", as: UUID.self), let space = try await Space.find(id, on: req.db),
            let school = try await Schools.find(space.$school.id, in: staff.organisation.requireID(), on: req.db)
        else { throw AppError.notFound }
        try req.require(.manageSpaces(school.ref))
        return (school, space)
    }

    static func editForm(_ req: Request) async throws -> Response {
        let (school, space) = try await loadSpace(req)
        return SpaceFormPage(school: school, space: space, form: SpaceForm(space)).response(for: req)
    }

    static func update(_ req: Request) async throws -> Response {
        let (school, space) = try await loadSpace(req)
        return try await save(req, school: school, space: space)
    }

    private static func save(_ req: Request, school: School, space: Space?) async throws -> Response {
        let form = try req.reshowableFields(SpaceFields.self).form
        var errors = FieldErrors()
        var checked: SpaceForm.Checked?
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        let schoolID = try school.requireID()
        if let checked {
            let sameName = try await Space.query(on: req.db).filter(\.$school.$id == schoolID)
                .filter(\.$name == checked.name).first()
            if let sameName, sameName.id != space?.id {
                errors.add("name", "There is already a room called \(checked.name). Give this one another name.")
            }
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            return SpaceFormPage(school: school, space: space, form: form, errors: errors)
                .response(for: req, status: .unprocessableEntity)
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
        return req.redirect(to: SiteRoute.spaces(school: schoolID, notice: .spaceSaved).path)
    }

    struct ChoiceFields: Content {
        var space: String?
    }

    static func chooseForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        return try await choosePage(req, context: context).response(for: req)
    }

    private static func choosePage(
        _ req: Request, context: MeetingContext, errors: FieldErrors = FieldErrors()
    )
        async throws -> ChooseSpacePage
    {
        let details = try await Meetings.details(of: context.meeting, on: req.db)
        let spaces = try await Space.query(on: req.db).filter(\.$school.$id == context.meeting.$school.id)
            .filter(\.$isActive == true).sort(\.$name).all()
        let needs = Meetings.spaceNeeds(context.meeting, details: details)
        return ChooseSpacePage(
            context: context, spaces: spaces.map { ($0, SpaceFit.warnings($0.facts, for: needs)) },
            mayManageSpaces: AccessPolicy.allows(context.staff.actor, .manageSpaces(context.meeting.ref.school)),
            errors: errors)
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
            return try await choosePage(req, context: context, errors: errors)
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
                context.meeting, changes: [.place], on: req.db)
        }
        return req.redirect(
            to: SiteRoute.meeting(try context.meeting.requireID(), notice: .spaceChosen).path + "#space")
    }

    static func seating(_ req: Request) async throws -> Response {
        let context = try await req.visibleMeeting()
        let details = try await Meetings.details(of: context.meeting, on: req.db)
        let order = SeatingPlan.reconcile(saved: context.meeting.seating, with: Meetings.seatingPeople(details))
        return SeatingPage(context: context, details: details, order: order, notice: req.notice).response(for: req)
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
        let details = try await Meetings.details(of: context.meeting, on: req.db)
        let order = SeatingPlan.reconcile(saved: context.meeting.seating, with: Meetings.seatingPeople(details))
        let fields = try req.formFields(MoveFields.self)
        if fields.reset == "default" {
            context.meeting.seating = []
            try await context.meeting.save(on: req.db)
            return req.redirect(to: SiteRoute.meetingSeating(try context.meeting.requireID()).path)
        }
        guard let person = fields.person.flatMap(UUID.init(uuidString:)), order.contains(person),
            let place = fields.place.flatMap({ Int($0) }), (1...order.count).contains(place)
        else { throw AppError.badRequest("Choose a person and a place from the lists.") }
        context.meeting.seating = SeatingPlan.move(person, to: place - 1, in: order)
        try await context.meeting.save(on: req.db)
        return req.redirect(to: SiteRoute.meetingSeating(try context.meeting.requireID()).path)
    }
}

extension SpaceForm {
    init(_ space: Space) {
        self.init()
        name = space.name
        capacity = String(space.capacity)
        table = space.table.rawValue
        movableSeats = space.movableSeats ? "yes" : "no"
        naturalLight = space.naturalLight ? "yes" : "no"
        privacy = space.privacy.rawValue
        stepFree = space.stepFree ? "yes" : "no"
        atSchool = space.offSite ? "no" : "yes"
        equipment = space.equipment ?? ""
    }
}

extension Meetings {
    /// Participants as the seating plan sees them, with a seat for an interpreter beside each
    /// person who needs one.
    static func seatingPeople(_ details: Details) -> [SeatingPlan.Person] {
        var people: [SeatingPlan.Person] = []
        for person in details.peopleShownToParticipants {
            let id = person.participant.id!
            people.append(SeatingPlan.Person(id: id, kind: person.participant.kind, isParent: person.isParent))
            if person.needsInterpreter != nil {
                people.append(SeatingPlan.Person(id: interpreterSeat(for: id), kind: .staff, helps: id))
            }
        }
        return people
    }

    /// A stable id for the interpreter's seat beside `id`, so a saved plan keeps it.
    static func interpreterSeat(for id: UUID) -> UUID {
        var bytes = id.uuid
        bytes.15 ^= 0xFF
        bytes.14 ^= 0xA5
        return UUID(uuid: bytes)
    }

    /// The words on each seat: name and role.
    static func seatLabels(_ details: Details) -> [UUID: (name: String, role: String, kind: ParticipantKind)] {
        var labels: [UUID: (name: String, role: String, kind: ParticipantKind)] = [:]
        for person in details.peopleShownToParticipants {
            let id = person.participant.id!
            labels[id] = (person.name, person.participant.role.lowercased(), person.participant.kind)
            if let language = person.needsInterpreter {
                labels[interpreterSeat(for: id)] = (
                    "Interpreter for \(person.name)", "\(LanguageName.of(language))", .staff
                )
            }
        }
        return labels
    }
}
