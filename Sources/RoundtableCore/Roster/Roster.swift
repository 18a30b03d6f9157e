import Foundation

/// A roster export, read and checked: what the school's information system says about its
/// people, before anything touches the database.
public struct Roster: Sendable {
    public enum Status: Sendable, Equatable {
        case active
        /// OneRoster's `tobedeleted`: the person is deactivated, never deleted.
        case toBeDeleted
    }

    public enum Role: String, Sendable, CaseIterable {
        case student, parent, guardian, relative, teacher, aide, administrator, proctor

        /// Roles that make someone family to a student.
        public var isFamily: Bool { [.parent, .guardian, .relative].contains(self) }
        /// Roles that make someone a member of staff.
        public var isStaff: Bool { [.teacher, .aide, .administrator, .proctor].contains(self) }
    }

    public struct Org: Sendable, Equatable {
        public var sourcedID: String
        public var name: String
        public var type: String

        public init(sourcedID: String, name: String, type: String) {
            self.sourcedID = sourcedID
            self.name = name
            self.type = type
        }
    }

    public struct Person: Sendable, Equatable {
        public var sourcedID: String
        public var status: Status
        public var role: Role
        public var givenName: String
        public var familyName: String
        public var preferredGivenName: String?
        public var email: String?
        public var phone: String?
        /// For students: the year group, from the first of their grades; nil when they have none.
        public var yearGroup: Int?
        public var orgSourcedIDs: [String]
        public var agentSourcedIDs: [String]
        public var birthDate: Date?
        /// From demographics.csv, when its row gives it.
        public var sex: RosterSex = .absent
        /// The title of the homeroom class a student is enrolled in, like "7A".
        public var formGroup: String?
        public var line: Int
    }

    public struct Enrollment: Sendable, Hashable {
        public var classSourcedID: String
        public var userSourcedID: String
        public var role: String

        public init(classSourcedID: String, userSourcedID: String, role: String) {
            self.classSourcedID = classSourcedID
            self.userSourcedID = userSourcedID
            self.role = role
        }
    }

    /// A class marked `tobedeleted`: its list ends, and the form it gave its pupils with it.
    public struct DeletedClass: Sendable, Equatable {
        public var schoolSourcedID: String
        /// Its title, as a homeroom gave it to its pupils as their form ("7A").
        public var title: String?

        public init(schoolSourcedID: String, title: String?) {
            self.schoolSourcedID = schoolSourcedID
            self.title = title
        }
    }

    public var version: String = "1.1"
    /// The manifest marks a file `delta`: only what changed is present, applied to what was
    /// imported before; people it refers to are matched by sourcedId in the database.
    public var isDelta = false
    public var orgs: [String: Org] = [:]
    public var people: [Person] = []
    /// Class → the school it belongs to.
    public var classes: [String: String] = [:]
    public var enrollments: [Enrollment] = []
    /// Homeroom classes (`classType` homeroom) by sourcedId, with their titles: a student's form.
    public var homerooms: [String: String] = [:]
    /// In a delta: enrollments marked `tobedeleted`, someone leaving a class.
    public var leftEnrollments: [Enrollment] = []
    /// Classes marked `tobedeleted`, by sourcedId.
    public var deletedClasses: [String: DeletedClass] = [:]
    /// The first `OneRosterReader.problemLimit` problems found.
    public var problems: [RosterProblem] = []
    /// How many problems there were in all.
    public var problemCount = 0
    /// Rows imported differently from what they say (no grade, a role conflict), in words.
    public var warnings: [RosterProblem] = []

    public init() {}

    /// Orgs of type school, the ones people can be imported into.
    public var schools: [Org] { orgs.values.filter { $0.type == "school" }.sorted { $0.name < $1.name } }
}

/// Something wrong with one row (or file), said so that someone can find and fix it.
public struct RosterProblem: Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { line.map { "\(file), line \($0): \(reason)" } ?? "\(file): \(reason)" }
}

/// Grades as OneRoster writes them ("07", "KG", "PK") to the year number schools use.
public enum RosterGrades {
    public static func yearGroup(_ grade: String) -> Int? {
        let trimmed = grade.trimmingCharacters(in: .whitespaces).uppercased()
        switch trimmed {
        case "KG": return 0
        case "PK", "PR", "TK", "IT": return -1
        default:
            guard let number = Int(trimmed), (0...14).contains(number) else { return nil }
            return number
        }
    }
}

/// Sex as a roster gives it: not at all (no demographics row, or no value), or given, as one
/// of the standard's words or as something not recorded ("unspecified"), which clears it.
public enum RosterSex: Sendable, Equatable {
    case absent
    case given(RecordedSex?)

    /// What to store for a student: the value given (nil for "unspecified"), or, when the
    /// roster says nothing, what was stored before (a delta without demographics keeps it).
    public func stored(keeping current: String?) -> String? {
        switch self {
        case .absent: current
        case .given(let sex): sex?.rawValue
        }
    }
}
