import Fluent
import Foundation
import RoundtableCore

extension DistrictGenerator {
    /// One school of the district: its staff, term dates, students with their families, and a
    /// year of closed meetings about them.
    struct SchoolPlan {
        var number: Int
        var organisationID: UUID
        var students: Int
        var meetings: Int
        var random: SeededRandom

        init(number: Int, organisationID: UUID, students: Int, meetings: Int, seed: UInt64) {
            self.number = number
            self.organisationID = organisationID
            self.students = students
            self.meetings = meetings
            self.random = SeededRandom(seed: seed)
        }

        struct Written {
            var students = 0
            var familyMembers = 0
            var meetings = 0
            var answers = 0
            var entries = 0
        }

        /// A student with what their meetings need: the family's first adults and the groups
        /// recorded when a meeting closes.
        struct Pupil {
            var id: UUID
            var adults: [(id: UUID, needsInterpreter: Bool, language: String)]
            var groups: GroupAttributes
        }

        static let places = [
            "Ashby", "Brookfield", "Castleford", "Dunmore", "Elmswood", "Fairhaven", "Glenbrook", "Hollins",
            "Ivybridge", "Kingsmead", "Larchwood", "Millbank", "Northgate", "Oakridge", "Pinecroft",
            "Queensway", "Riverside", "Stonebridge", "Thornbury", "Upton", "Valemount", "Westfield", "Yarrow",
        ]

        var name: String {
            let place = Self.places[(number - 1) % Self.places.count]
            let kind = ["Academy", "High School", "Community School", "School"][((number - 1) / Self.places.count) % 4]
            return "\(place) \(kind)"
        }

        mutating func write(
            passwordHash: String, on db: any Database, now: Date, timeZone: TimeZone
        ) async throws
            -> Written
        {
            let school = School(organisationID: organisationID, name: name)
            try await school.create(on: db)
            let schoolID = try school.requireID()
            let staff = try await createStaff(schoolID: schoolID, passwordHash: passwordHash, on: db)
            try await createTerms(schoolID: schoolID, now: now, timeZone: timeZone, on: db)
            let (pupils, familyMembers) = try await createStudents(schoolID: schoolID, on: db)
            var written = Written(students: pupils.count, familyMembers: familyMembers)
            try await createMeetings(
                schoolID: schoolID, pupils: pupils, staff: staff, now: now, into: &written, on: db)
            return written
        }

        /// A head, a deputy, four colleagues who lead meetings, and a governor; all share the
        /// password given to the command.
        private func createStaff(schoolID: UUID, passwordHash: String, on db: any Database) async throws -> [UUID] {
            let people: [(String, StaffRole, JobRole)] = [
                ("head", .schoolLeader, .leader), ("deputy", .schoolLeader, .leader),
                ("senco", .staff, .senCoordinator), ("pastoral", .staff, .pastoralLead),
                ("year7", .staff, .headOfYear), ("tutor", .staff, .formTutor), ("governor", .governor, .other),
            ]
            let users = people.map { handle, role, job in
                User(
                    id: UUID(), organisationID: organisationID, schoolID: schoolID,
                    name: "\(handle.capitalized) of school \(number)",
                    email: EmailAddress("\(handle).\(number)@\(DistrictGenerator.domain)")!,
                    passwordHash: passwordHash, role: role, jobRole: job)
            }
            try await users.create(on: db)
            // Meetings are led by everyone but the governor.
            return try users.dropLast().map { try $0.requireID() }
        }

        /// Last school year's terms and this one's, as England's schools often set them.
        private func createTerms(schoolID: UUID, now: Date, timeZone: TimeZone, on db: any Database) async throws {
            let thisYear = InsightPeriod.startYear(of: SchoolDay(now, in: timeZone))
            var terms: [SchoolTermRecord] = []
            for year in [thisYear - 1, thisYear] {
                for (name, start, end) in [
                    ("Autumn term", SchoolDay(year, 9, 1), SchoolDay(year, 12, 19)),
                    ("Spring term", SchoolDay(year + 1, 1, 5), SchoolDay(year + 1, 3, 31)),
                    ("Summer term", SchoolDay(year + 1, 4, 14), SchoolDay(year + 1, 7, 22)),
                ] {
                    terms.append(
                        SchoolTermRecord(
                            school: schoolID, name: name, start: start, end: end,
                            savedAt: now.addingTimeInterval(-400 * 86_400)))
                }
            }
            try await terms.create(on: db)
        }
    }
}
