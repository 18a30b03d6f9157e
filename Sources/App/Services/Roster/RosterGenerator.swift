import Foundation
import RoundtableCore
import RoundtableViews

/// Writes a fictional OneRoster 1.1 export, shaped like a real one: one school, students in
/// Years 7–11, one to three guardians per family (siblings share them), teachers, classes
/// and enrollments. It includes what real exports do: a byte order mark, CRLF line ends,
/// quoted names with commas, names in several scripts and an extra column of the
/// vendor's own.
enum RosterGenerator {
    struct Counts: Sendable {
        var students = 0
        var guardians = 0
        var teachers = 0
        var classes = 0
        var enrollments = 0
    }

    static func write(students total: Int, seed: UInt64, to folder: URL) throws -> Counts {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var random = SeededRandom(seed: seed)
        var counts = Counts()
        let users = try CSVWriter(folder.appendingPathComponent("users.csv"), bom: true, crlf: true)
        let demographics = try CSVWriter(folder.appendingPathComponent("demographics.csv"))
        let enrollments = try CSVWriter(folder.appendingPathComponent("enrollments.csv"))
        let classes = try CSVWriter(folder.appendingPathComponent("classes.csv"))
        let orgs = try CSVWriter(folder.appendingPathComponent("orgs.csv"))
        let manifest = try CSVWriter(folder.appendingPathComponent("manifest.csv"))

        manifest.row(["propertyName", "value"])
        for (name, value) in [
            ("manifest.version", "1.0"), ("oneroster.version", "1.1"), ("file.orgs", "bulk"), ("file.users", "bulk"),
            ("file.classes", "bulk"), ("file.enrollments", "bulk"), ("file.demographics", "bulk"),
        ] { manifest.row([name, value]) }
        orgs.row(["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"])
        orgs.row(["d1", "active", "2026-09-01", "Northgate Schools District", "district", "", ""])
        orgs.row(["s1", "active", "2026-09-01", "Northgate Academy", "school", "NA-001", "d1"])
        users.row([
            "sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username", "userIds",
            "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds",
            "grades", "password", "x_house",
        ])
        demographics.row(["sourcedId", "status", "dateLastModified", "birthDate", "sex"])
        classes.row([
            "sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode",
            "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects",
        ])
        enrollments.row([
            "sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role",
            "primary", "beginDate", "endDate",
        ])

        // Teachers first, about one for every twenty students, each teaching one subject.
        let subjects = ["English", "Mathematics", "Science", "History", "Languages", "Art"]
        let teacherCount = max(subjects.count, total / 20)
        for index in 0..<teacherCount {
            let pool = NamePool.random(using: &random)
            users.row([
                "t\(index)", "active", "2026-09-01", "true", "s1", "teacher", "", "",
                random.pick(DemoSchool.adultGivenNames["en"]!), random.pick(pool.familyNames), "", "",
                "teacher\(index)@northgate.example", "", "", "", "", "", "",
            ])
        }
        counts.teachers = teacherCount

        let houses = ["Oak", "Ash", "Elm", "Yew"]
        let scripts: [(given: [String], family: [String])] = [
            (["ليلى", "يوسف", "مريم"], ["الحسيني", "النجار"]), (["王芳", "李娜", "张伟"], ["王", "李"]),
        ]
        var studentIndex = 0
        var guardianIndex = 0
        while studentIndex < total {
            let pool = NamePool.random(using: &random)
            var family = random.pick(pool.familyNames)
            if random.chance(0.02) { family = "\(family), Jr." }
            // About two adults per student, as in the issue's target (60,000 students,
            // 120,000 guardians): mostly two parents, some with a step-parent, few siblings.
            let siblings = min(random.chance(0.05) ? 2 : 1, total - studentIndex)
            let roll = Double.random(in: 0..<1, using: &random)
            let adults = roll < 0.1 ? 1 : (roll < 0.8 ? 2 : 3)
            let guardianIDs = (0..<adults).map { _ -> String in
                defer { guardianIndex += 1 }
                return "g\(guardianIndex)"
            }
            var childIDs: [String] = []
            for _ in 0..<siblings {
                let id = "st\(studentIndex)"
                childIDs.append(id)
                let year = 7 + studentIndex % 5
                var given = random.pick(pool.givenNames)
                var familyName = family
                if random.chance(0.03) {
                    let script = random.pick(scripts)
                    given = random.pick(script.given)
                    familyName = random.pick(script.family)
                }
                users.row([
                    id, "active", "2026-09-01", "true", "s1", "student", "", "", given, familyName, "", "", "", "", "",
                    guardianIDs.joined(separator: ","), String(format: "%02d", year), "", random.pick(houses),
                ])
                let birthYear = 2026 - (year + 4) - 1
                let month = 9 + Int.random(in: 0..<12, using: &random)
                demographics.row([
                    id, "active", "2026-09-01",
                    String(
                        format: "%04d-%02d-%02d", birthYear + (month > 12 ? 1 : 0), (month - 1) % 12 + 1,
                        Int.random(in: 1...28, using: &random)),
                    random.pick(["female", "male", "other"]),
                ])
                // Six classes, one per subject, thirty students to a class in each year.
                let group = (studentIndex / 5) / 30
                for (subject, name) in subjects.enumerated() {
                    let classID = "c\(year)-\(subject)-\(group)"
                    enrollments.row([
                        "e\(counts.enrollments)", "active", "2026-09-01", classID, "s1", id, "student", "false",
                        "2026-09-01", "2027-07-20",
                    ])
                    counts.enrollments += 1
                    if (studentIndex / 5) % 30 == 0 {
                        classes.row([
                            classID, "active", "2026-09-01", "\(name), Year \(year), group \(group + 1)",
                            String(format: "%02d", year), "course-\(subject)", "\(name.prefix(3))\(year)-\(group)",
                            "scheduled", "", "s1", "term-2026", name,
                        ])
                        counts.classes += 1
                        let teacher = (year * 31 + group * 7 + subject) % teacherCount
                        enrollments.row([
                            "e\(counts.enrollments)", "active", "2026-09-01", classID, "s1", "t\(teacher)", "teacher",
                            "true", "2026-09-01", "2027-07-20",
                        ])
                        counts.enrollments += 1
                    }
                }
                studentIndex += 1
            }
            for (position, guardian) in guardianIDs.enumerated() {
                let given = random.pick(DemoSchool.adultGivenNames[pool.language] ?? DemoSchool.adultGivenNames["en"]!)
                users.row([
                    guardian, "active", "2026-09-01", "true", "s1", position == 0 ? "parent" : "guardian", "", "",
                    given, family, "", "", "\(guardian)@mail.example", "",
                    "07700 9\(String(format: "%05d", guardianIndex % 100_000))", childIDs.joined(separator: ","), "",
                    "", "",
                ])
            }
            counts.guardians += guardianIDs.count
        }
        counts.students = studentIndex
        for writer in [users, demographics, enrollments, classes, orgs, manifest] { try writer.close() }
        return counts
    }
}

/// A buffered CSV file writer that quotes only where needed.
final class CSVWriter {
    private let handle: FileHandle
    private var buffer = ""
    private let newline: String

    init(_ url: URL, bom: Bool = false, crlf: Bool = false) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        newline = crlf ? "\r\n" : "\n"
        if bom { buffer = "\u{FEFF}" }
    }

    func row(_ fields: [String]) {
        buffer += fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
        buffer += newline
        if buffer.utf8.count > 1 << 20 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer.utf8))
        buffer = ""
    }

    func close() throws {
        flush()
        try handle.close()
    }
}
