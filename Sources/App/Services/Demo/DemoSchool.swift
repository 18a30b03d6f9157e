import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Fills an empty database with a fictional school: staff in every role, a few hundred
/// students across year groups, and families of many shapes and languages.
enum DemoSchool {
    struct Summary: Sendable {
        var organisation: String
        var school: String
        var accounts: [(email: String, label: String)]
        var students: Int
        var familyMembers: Int
    }

    static let domain = "larkfield.example"

    static func create(
        students studentCount: Int, seed: UInt64, passwordHash: String, on db: any Database, now: Date,
        timeZone: TimeZone = TimeZone(identifier: "Europe/London")!
    ) async throws -> Summary {
        try await db.transaction { db in
            var random = SeededRandom(seed: seed)
            guard try await !FirstRunSetup.isDone(on: db) else { throw FirstRunSetup.Failure.alreadyDone }
            let organisation = Organisation(name: "Larkfield Learning Trust")
            try await organisation.create(on: db)
            let organisationID = try organisation.requireID()
            let school = School(organisationID: organisationID, name: "Larkfield Community School")
            // A made-up address, and a number from the range set aside for drama (020 7946 0xxx).
            school.address = "Larkfield Road\nHarbourtown HT1 2AB"
            school.phone = "020 7946 0123"
            try await school.create(on: db)
            let schoolID = try school.requireID()
            try await Installation(organisationID: organisationID, completedAt: now).create(on: db)

            let staff = try await createStaff(
                organisationID: organisationID, schoolID: schoolID, passwordHash: passwordHash, on: db)
            let years = Array(7...11)
            var students: [Student] = []
            var familyCount = 0
            var index = 0
            while students.count < studentCount {
                // A family, with one to three children at the school.
                // The first family is always the same shape, so the README and the browser test
                // can walk through a meeting with separated parents and an interpreter.
                let showcase = students.isEmpty
                let pool =
                    showcase ? NamePool.pools.first { $0.pool.language == "ar" }!.pool : NamePool.random(using: &random)
                let familyName = random.pick(pool.familyNames)
                let siblings = showcase ? 1 : random.chance(0.25) ? (random.chance(0.2) ? 3 : 2) : 1
                var children: [Student] = []
                for _ in 0..<min(siblings, studentCount - students.count) {
                    let child = makeStudent(
                        pool: pool, familyName: familyName, year: years[index % years.count], schoolID: schoolID,
                        index: index, random: &random)
                    index += 1
                    children.append(child)
                }
                if showcase, studentCount - students.count > 1, let younger = children.first {
                    children.append(olderSibling(of: younger, pool: pool, schoolID: schoolID, seed: seed))
                }
                try await children.create(on: db)
                students += children
                familyCount += try await createFamily(
                    for: children, pool: pool, familyName: familyName, organisationID: organisationID,
                    showcase: showcase, random: &random, on: db)
            }
            try await linkStaff(staff, to: students, on: db)
            try await createRooms(schoolID: school.requireID(), on: db)
            if let lead = staff.first(where: { $0.email.hasPrefix("year7@") }) {
                try await createMeetings(
                    students: students, lead: lead, schoolID: schoolID, on: db, now: now, timeZone: timeZone)
            }
            // Led by the deputy head, so the showcase people's own lists stay as a newcomer needs them.
            if let lead = staff.first(where: { $0.email.hasPrefix("deputy@") }) {
                try await createInsightHistory(
                    students: students, lead: lead, schoolID: schoolID, on: db, now: now, timeZone: timeZone)
            }
            // The history's meetings were made closed, not closed: their groups as a close writes them.
            try await GroupSnapshots.backfill(on: db.sql(), now: now, marked: false)
            try await AuditLog.record(
                .demoDataLoaded, on: db, context: .commandLine(at: now), schoolID: schoolID,
                organisationID: organisationID,
                summary: "\(students.count) students, \(familyCount) family members, \(staff.count) staff", at: now)
            return Summary(
                organisation: organisation.name, school: school.name,
                accounts: staff.filter {
                    ["admin", "head", "year7", "senco", "tutor.7a", "counsellor", "governor"].contains(
                        $0.email.split(separator: "@")[0])
                }.map { ($0.email, $0.role == .staff ? $0.jobRole.label : $0.role.label) },
                students: students.count, familyMembers: familyCount)
        }
    }

    private static func createStaff(
        organisationID: UUID, schoolID: UUID, passwordHash: String, on db: any Database
    )
        async throws -> [User]
    {
        let people: [(String, String, StaffRole, JobRole, UUID?)] = [
            ("Helen Okonkwo", "admin", .organisationAdmin, .leader, nil),
            ("David Marsh", "head", .schoolLeader, .leader, schoolID),
            ("Anika Rahman", "senco", .staff, .senCoordinator, schoolID),
            ("Tom Alvarez", "tutor.7a", .staff, .formTutor, schoolID),
            ("Bridget Nolan", "counsellor", .staff, .counsellor, schoolID),
            ("Kwame Asante", "pastoral", .staff, .pastoralLead, schoolID),
            ("Fiona Lindqvist", "year7", .staff, .headOfYear, schoolID),
            ("Marek Nowicki", "year9", .staff, .headOfYear, schoolID),
            ("Priti Desai", "tutor.8b", .staff, .formTutor, schoolID),
            ("Gareth Llewellyn", "tutor.9c", .staff, .formTutor, schoolID),
            ("Sadia Karim", "tutor.10a", .staff, .formTutor, schoolID),
            ("Joe Brennan", "tutor.11b", .staff, .formTutor, schoolID),
            ("Lin Feng", "maths", .staff, .teacher, schoolID),
            ("Rosa Martínez", "languages", .staff, .teacher, schoolID),
            ("Ellie Carter", "support", .staff, .supportStaff, schoolID),
            ("Deputy Head Sam Ortiz", "deputy", .schoolLeader, .leader, schoolID),
            ("Margaret Osei", "governor", .governor, .other, schoolID),
        ]
        var users: [User] = []
        for (name, handle, role, job, school) in people {
            let user = User(
                organisationID: organisationID, schoolID: school,
                name: name.replacingOccurrences(of: "Deputy Head ", with: ""),
                email: EmailAddress("\(handle)@\(domain)")!, passwordHash: passwordHash, role: role, jobRole: job)
            if handle == "year7" { user.yearGroupsLed = [7, 8] }
            if handle == "year9" { user.yearGroupsLed = [9, 10, 11] }
            users.append(user)
        }
        try await users.create(on: db)
        return users
    }

    static func makeStudent(
        pool: NamePool, familyName: String, year: Int, schoolID: UUID, index: Int, random: inout SeededRandom
    ) -> Student {
        let student = Student()
        student.$school.id = schoolID
        student.sourcedID = String(format: "demo-%05d", index + 1)
        let preferred = random.chance(0.08) ? random.pick(["Alex", "Sam", "Jo", "Kit", "Max", "Bea"]) : nil
        student.setNames(given: random.pick(pool.givenNames), family: familyName, preferred: preferred)
        // Year 7 starts school aged 11 in September 2026; birthdays spread over the school year.
        let birthYear = 2026 - (year + 4) - 1
        let dayOfYear = Int.random(in: 0..<365, using: &random)
        student.dateOfBirth =
            Calendar(identifier: .gregorian).date(
                from: DateComponents(
                    timeZone: TimeZone(identifier: "UTC"), year: birthYear, month: 9, day: 1 + dayOfYear))
            ?? Date(timeIntervalSince1970: 0)
        student.yearGroup = year
        // Not drawn from `random`: the rest of the demo stays the same shape it always was.
        student.formGroup = "\(year)\(["A", "B", "C"][index % 3])"
        student.homeLanguages = pool.language == "en" ? ["en"] : [pool.language, "en"]
        student.hasSpecialNeeds = random.chance(0.15)
        student.isDisadvantaged = random.chance(0.2)
        student.learnsEnglishAsAdditionalLanguage = pool.language != "en" && random.chance(0.6)
        student.whatHelpsMe = student.hasSpecialNeeds ? random.pick(NamePool.whatHelpsMe) : nil
        student.isActive = true
        return student
    }

    /// The showcase family's older child, in Year 11, so one parent has two children at the
    /// school (the family's own page). Drawn from its own generator and outside the index, so
    /// every other student and family of the demo stays as it was.
    private static func olderSibling(of younger: Student, pool: NamePool, schoolID: UUID, seed: UInt64) -> Student {
        var random = SeededRandom(seed: seed &+ 11)
        let sibling = makeStudent(
            pool: pool, familyName: younger.legalFamilyName, year: 11, schoolID: schoolID, index: 0, random: &random)
        sibling.sourcedID = "demo-showcase-older"
        if sibling.legalGivenName == younger.legalGivenName,
            let other = pool.givenNames.first(where: { $0 != younger.legalGivenName })
        {
            sibling.setNames(given: other, family: younger.legalFamilyName, preferred: nil)
        }
        return sibling
    }

    /// A good room, a poor one and one away from school, so the room check has something to say.
    private static func createRooms(schoolID: UUID, on db: any Database) async throws {
        let rooms: [(String, Int, TableShape, Bool, Bool, SpacePrivacy, Bool, Bool, String?)] = [
            ("Family room", 8, .round, true, true, .closed, true, false, "Screen for video calls, water, tissues"),
            ("Room 14", 10, .longNarrow, false, false, .partly, false, false, nil),
            ("Head's office", 4, .rectangular, true, true, .closed, true, false, nil),
            ("Community centre, Mill Lane", 20, .none, true, true, .closed, true, true, "Hearing loop"),
        ]
        for (name, capacity, table, movable, light, privacy, stepFree, offSite, equipment) in rooms {
            let space = Space()
            space.$school.id = schoolID
            space.name = name
            space.capacity = capacity
            space.table = table
            space.movableSeats = movable
            space.naturalLight = light
            space.privacy = privacy
            space.stepFree = stepFree
            space.offSite = offSite
            space.equipment = equipment
            space.isActive = true
            try await space.create(on: db)
        }
    }
}
