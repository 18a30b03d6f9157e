import Foundation

/// Reads a folder of OneRoster 1.1 or 1.2 CSV files into a checked `Roster`.
///
/// Columns are found by name, so their order and any extra columns do not matter. Every bad
/// row is reported with its file, line and reason; reading goes on to find them all.
public enum OneRosterReader {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missingFile(String)
        case missingColumns(file: String, columns: [String])
        case unreadable(String)

        public var description: String {
            switch self {
            case .missingFile(let name): "\(name) is missing from the roster folder"
            case .missingColumns(let file, let columns):
                "\(file) has no \(columns.joined(separator: ", ")) column\(columns.count == 1 ? "" : "s")"
            case .unreadable(let detail): detail
            }
        }
    }

    /// Stop listing problems after this many: the first ones are what needs fixing.
    public static let problemLimit = 500

    public static func read(folder: URL) throws -> Roster {
        var roster = Roster()
        let file = { (name: String) in folder.appendingPathComponent(name) }
        let exists = { (name: String) in FileManager.default.fileExists(atPath: file(name).path) }

        if exists("manifest.csv") {
            try rows(file("manifest.csv"), "manifest.csv", required: ["propertyName", "value"]) { row in
                guard let property = row["propertyName"], let value = row["value"] else { return }
                if property == "oneroster.version" { roster.version = value }
                if property.hasPrefix("file."), value.lowercased() == "delta" { roster.isDelta = true }
            }
        }
        // A delta holds only the files that changed; everything else was imported before.
        if !roster.isDelta {
            for required in ["orgs.csv", "users.csv"] where !exists(required) { throw Failure.missingFile(required) }
        }
        // Rows that had a problem, so that a row referring to one can say so.
        var failed: [String: Int] = [:]
        let isDelta = roster.isDelta
        let unknownUser = { (user: String) -> String? in
            if let line = failed[user] { return "refers to \(user), whose row at users.csv line \(line) has a problem" }
            return isDelta ? nil : "the user \(user) is not in users.csv"
        }

        if exists("orgs.csv") {
            try readOrgs(file("orgs.csv"), into: &roster)
        }

        // OneRoster 1.2 moves roles out of users.csv into roles.csv.
        var roles: [String: Roster.Role] = [:]
        let usersHaveRole = try exists("users.csv") ? header(file("users.csv")).contains("role") : true
        if !usersHaveRole {
            guard exists("roles.csv") else { throw Failure.missingFile("roles.csv") }
            try rows(file("roles.csv"), "roles.csv", required: ["userSourcedId", "role", "roleType"]) { row in
                guard let user = row["userSourcedId"], let raw = row["role"], row["roleType"] == "primary" else {
                    return
                }
                guard let role = Roster.Role(rawValue: raw.lowercased()) else {
                    roster.report(row.problem("unknown role \"\(raw)\""))
                    return
                }
                roles[user] = role
            }
        }

        var seen = Set<String>()
        if exists("users.csv") {
            try rows(file("users.csv"), "users.csv", required: ["sourcedId", "givenName", "familyName"]) { row in
                let before = roster.problemCount
                let person = readUser(row, roles: usersHaveRole ? nil : roles, seen: &seen, into: &roster)
                if let person {
                    roster.people.append(person)
                } else if roster.problemCount > before, let id = row["sourcedId"], failed[id] == nil {
                    failed[id] = row.line
                }
            }
        }

        var index: [String: Int] = [:]
        for (position, person) in roster.people.enumerated() { index[person.sourcedID] = position }
        for person in roster.people {
            for agent in person.agentSourcedIDs where index[agent] == nil {
                guard let reason = unknownUser(agent) else { continue }
                roster.report(
                    RosterProblem(
                        file: "users.csv", line: person.line,
                        reason: failed[agent] == nil ? "the agent \(agent) is not in users.csv" : reason))
            }
        }

        if exists("demographics.csv") {
            try rows(file("demographics.csv"), "demographics.csv", required: ["sourcedId"]) { row in
                guard let id = row.required("sourcedId", &roster), row["birthDate"] != nil || row["sex"] != nil
                else { return }
                guard let position = index[id] else {
                    // In a delta, a birthday for someone imported before waits for a full export.
                    if let reason = unknownUser(id) { roster.report(row.problem(reason)) }
                    return
                }
                // Kept only as the standard's words; anything else (or "unspecified") is given as
                // not recorded, so it clears what an earlier export said.
                if let raw = row["sex"] { roster.people[position].sex = .given(RecordedSex(roster: raw)) }
                guard let raw = row["birthDate"] else { return }
                guard let date = parseDate(raw) else {
                    roster.report(row.problem("\"\(raw)\" is not a date (expected YYYY-MM-DD)"))
                    return
                }
                roster.people[position].birthDate = date
            }
        }

        if exists("classes.csv") {
            try rows(file("classes.csv"), "classes.csv", required: ["sourcedId", "schoolSourcedId"]) { row in
                guard let id = row.required("sourcedId", &roster), let school = row.required("schoolSourcedId", &roster)
                else { return }
                guard roster.orgs[school] != nil || roster.isDelta else {
                    roster.report(row.problem("the school \(school) is not in orgs.csv"))
                    return
                }
                if row.status == .active { roster.classes[id] = school }
                if row.status == .toBeDeleted {
                    let title = row["title"].map(SingleLine.clean).flatMap { $0.isEmpty ? nil : String($0.prefix(20)) }
                    roster.deletedClasses[id] = Roster.DeletedClass(schoolSourcedID: school, title: title)
                }
                // A homeroom's title is the form a school calls its tutor group ("7A").
                if row.status == .active, row["classType"]?.lowercased() == "homeroom",
                    let title = row["title"].map(SingleLine.clean), !title.isEmpty
                {
                    roster.homerooms[id] = String(title.prefix(20))
                }
            }
        }

        if exists("enrollments.csv") {
            try rows(file("enrollments.csv"), "enrollments.csv", required: ["classSourcedId", "userSourcedId", "role"])
            { row in
                guard let klass = row.required("classSourcedId", &roster),
                    let user = row.required("userSourcedId", &roster), let role = row.required("role", &roster)
                else { return }
                if index[user] == nil, let reason = unknownUser(user) {
                    roster.report(row.problem(reason))
                    return
                }
                // A delta may leave classes.csv out: the enrollment names the school itself.
                if roster.classes[klass] == nil, roster.deletedClasses[klass] == nil, roster.isDelta,
                    let school = row["schoolSourcedId"]
                {
                    roster.classes[klass] = school
                }
                guard row.status == .active else {
                    if roster.isDelta {
                        roster.leftEnrollments.append(
                            Roster.Enrollment(classSourcedID: klass, userSourcedID: user, role: role.lowercased()))
                    }
                    return
                }
                guard roster.classes[klass] != nil else { return }
                // users.csv says who someone is; an enrollment in another role is left out.
                if let position = index[user] {
                    let listed = roster.people[position].role
                    let enrolledAsStudent = role.lowercased() == "student"
                    if (listed == .student) != enrolledAsStudent {
                        roster.warn(
                            row.problem(
                                "\(user) is a \(listed.rawValue) in users.csv but enrolled as a \(role.lowercased()) "
                                    + "in \(klass): imported as a \(listed.rawValue), this enrollment is left out"))
                        return
                    }
                }
                roster.enrollments.append(
                    Roster.Enrollment(classSourcedID: klass, userSourcedID: user, role: role.lowercased()))
                if let form = roster.homerooms[klass], role.lowercased() == "student", let position = index[user] {
                    roster.people[position].formGroup = form
                }
            }
        }
        return roster
    }

    static func readOrgs(_ url: URL, into roster: inout Roster) throws {
        try rows(url, "orgs.csv", required: ["sourcedId", "name", "type"]) { row in
            guard let id = row.required("sourcedId", &roster), let name = row.required("name", &roster),
                let type = row.required("type", &roster)
            else { return }
            if roster.orgs[id] != nil {
                roster.report(row.problem("the sourcedId \(id) appears twice"))
                return
            }
            roster.orgs[id] = Roster.Org(sourcedID: id, name: name, type: type.lowercased())
        }
    }

    /// One row of users.csv, or nil (with the problem reported) when it cannot be imported.
    /// `roles` comes from roles.csv in OneRoster 1.2, nil when users.csv has a role column.
    static func readUser(
        _ row: Row, roles: [String: Roster.Role]?, seen: inout Set<String>, into roster: inout Roster
    )
        -> Roster.Person?
    {
        guard let id = row.required("sourcedId", &roster) else { return nil }
        guard seen.insert(id).inserted else {
            roster.report(row.problem("the sourcedId \(id) appears twice"))
            return nil
        }
        guard let given = row.required("givenName", &roster), let family = row.required("familyName", &roster)
        else { return nil }
        let role: Roster.Role
        if let roles {
            guard let parsed = roles[id] else {
                roster.report(row.problem("no primary role for \(id) in roles.csv"))
                return nil
            }
            role = parsed
        } else {
            guard let raw = row.required("role", &roster) else { return nil }
            guard let parsed = Roster.Role(rawValue: raw.lowercased()) else {
                roster.report(row.problem("unknown role \"\(raw)\""))
                return nil
            }
            role = parsed
        }
        var yearGroup: Int?
        if role == .student {
            // OneRoster 1.1 allows a student without grades: imported with the year group unknown.
            if let grade = row.list("grades").first {
                guard let year = RosterGrades.yearGroup(grade) else {
                    roster.report(row.problem("\"\(grade)\" is not a grade (expected a number such as 07, or KG)"))
                    return nil
                }
                yearGroup = year
            } else if row.status == .active {
                roster.warn(row.problem("the student \(id) has no grade: imported with the year group unknown"))
            }
        }
        var orgs = row.list("orgSourcedIds")
        if let primary = row["primaryOrgSourcedId"], !primary.isEmpty, !orgs.contains(primary) {
            orgs.append(primary)
        }
        // A delta may leave orgs.csv out: its orgs were imported before.
        if !roster.isDelta || !roster.orgs.isEmpty {
            for org in orgs where roster.orgs[org] == nil {
                roster.report(row.problem("the org \(org) is not in orgs.csv"))
                return nil
            }
        }
        return Roster.Person(
            sourcedID: id, status: row.status, role: role, givenName: given, familyName: family,
            preferredGivenName: row["preferredGivenName"], email: row["email"],
            phone: row["phone"] ?? row["sms"], yearGroup: yearGroup, orgSourcedIDs: orgs,
            agentSourcedIDs: row.list("agentSourcedIds"), birthDate: nil, line: row.line)
    }

    static func parseDate(_ raw: String) -> Date? {
        let parts = raw.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1900...2100).contains(parts[0]), (1...12).contains(parts[1]),
            (1...31).contains(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == parts[2]
        else { return nil }
        return date
    }

    static func header(_ url: URL) throws -> [String] {
        var names: [String] = []
        do {
            try CSVReader(url: url).forEach { record in
                if names.isEmpty { names = record.fields.map { $0.trimmingCharacters(in: .whitespaces) } }
                throw StopReading()
            }
        } catch is StopReading {}
        return names
    }

    struct StopReading: Error {}

    /// Calls `body` for each data row, with columns looked up by header name.
    static func rows(_ url: URL, _ name: String, required: [String], _ body: (Row) throws -> Void) throws {
        var columns: [String: Int]?
        do {
            try CSVReader(url: url).forEach { record in
                guard let columns else {
                    var found: [String: Int] = [:]
                    for (position, header) in record.fields.enumerated() {
                        found[header.trimmingCharacters(in: .whitespaces)] = position
                    }
                    let missing = required.filter { found[$0] == nil }
                    if !missing.isEmpty { throw Failure.missingColumns(file: name, columns: missing) }
                    columns = found
                    return
                }
                try body(Row(file: name, line: record.line, fields: record.fields, columns: columns))
            }
        } catch let error as CSVReader.Failure {
            throw Failure.unreadable("\(name): \(error)")
        }
    }

    struct Row {
        var file: String
        var line: Int
        var fields: [String]
        var columns: [String: Int]

        /// The value on one line (a quoted CSV field may hold line breaks, and every roster
        /// value is a one-line one), or nil when the column is absent or empty.
        subscript(_ column: String) -> String? {
            guard let position = columns[column], position < fields.count else { return nil }
            let value = SingleLine.clean(fields[position])
            return value.isEmpty ? nil : value
        }

        func required(_ column: String, _ roster: inout Roster) -> String? {
            guard let value = self[column] else {
                roster.report(problem("\(column) is empty"))
                return nil
            }
            return value
        }

        func list(_ column: String) -> [String] {
            (self[column] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }

        var status: Roster.Status { self["status"]?.lowercased() == "tobedeleted" ? .toBeDeleted : .active }

        func problem(_ reason: String) -> RosterProblem { RosterProblem(file: file, line: line, reason: reason) }
    }
}

extension Roster {
    mutating func report(_ problem: RosterProblem) {
        if problems.count < OneRosterReader.problemLimit { problems.append(problem) }
        problemCount += 1
    }

    /// Something imported differently from what the file says, worth knowing but not stopping for.
    mutating func warn(_ warning: RosterProblem) {
        if warnings.count < OneRosterReader.problemLimit { warnings.append(warning) }
    }
}
