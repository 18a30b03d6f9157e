import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Students and families around the standard fixtures.
struct StudentFixtures {
    var zoe: Student  // Oak Primary, Year 7, linked to Pat Staff
    var omar: Student  // Oak Primary, Year 8, special needs
    var ling: Student  // Oak Primary, Year 8
    var sol: Student  // Oak Secondary
    var elmStudent: Student
    var mother: FamilyMember
    var restrictedFather: FamilyMember
    var headOfYear: User  // Oak Primary, leads Year 8
    var senco: User  // Oak Primary

    static func make(_ people: Fixtures, on app: Application) async throws -> StudentFixtures {
        let db = app.db
        func student(
            _ given: String, _ family: String, _ school: School, year: Int, sen: Bool = false
        ) async throws
            -> Student
        {
            let student = Student()
            student.$school.id = school.id!
            student.setNames(given: given, family: family, preferred: nil)
            student.dateOfBirth = Date(timeIntervalSince1970: 1_400_000_000)
            student.yearGroup = year
            student.homeLanguages = ["en"]
            student.hasSpecialNeeds = sen
            student.isDisadvantaged = false
            student.learnsEnglishAsAdditionalLanguage = false
            student.isActive = true
            try await student.create(on: db)
            return student
        }
        func adult(_ given: String, restriction: String? = nil) async throws -> FamilyMember {
            let member = FamilyMember()
            member.$organisation.id = people.oak.id!
            member.setNames(given: given, family: "Ångström")
            member.email = "\(given.lowercased())@mail.example"
            member.phone = "07700 900123"
            member.preferredLanguage = "ar"
            member.preferredContact = .phone
            member.preferredMeetingMode = .inPerson
            member.needsInterpreter = true
            member.interpreterLanguage = "ar"
            member.restriction = restriction
            member.isActive = true
            try await member.create(on: db)
            return member
        }
        let zoe = try await student("Zoë", "Ångström", people.oakPrimary, year: 7)
        let omar = try await student("Omar", "Haddad", people.oakPrimary, year: 8, sen: true)
        let ling = try await student("Ling", "Chen", people.oakPrimary, year: 8)
        let sol = try await student("Solène", "Marchand", people.oakSecondary, year: 7)
        let elmStudent = try await student("Ezra", "Elmwood", people.elmHigh, year: 7)
        let mother = try await adult("Amira")
        let father = try await adult("Karim", restriction: "No contact: court order.")
        try await StudentFamilyLink(
            studentID: zoe.id!, familyMemberID: mother.id!, relationship: .mother, parentalResponsibility: true,
            livesWith: true
        ).create(on: db)
        try await StudentFamilyLink(
            studentID: zoe.id!, familyMemberID: father.id!, relationship: .father, parentalResponsibility: true,
            livesWith: false
        ).create(on: db)
        try await StaffStudentLink(userID: people.primaryStaff.id!, studentID: zoe.id!, source: "roster").create(on: db)

        let hash = try app.roundtable.passwords.hash(Fixtures.password)
        let head = User(
            organisationID: people.oak.id!, schoolID: people.oakPrimary.id, name: "Hana Head",
            email: EmailAddress("hana@oak.example")!, passwordHash: hash, role: .staff, jobRole: .headOfYear)
        head.yearGroupsLed = [8]
        try await head.create(on: db)
        let senco = User(
            organisationID: people.oak.id!, schoolID: people.oakPrimary.id, name: "Sen Coordinator",
            email: EmailAddress("senco@oak.example")!, passwordHash: hash, role: .staff, jobRole: .senCoordinator)
        try await senco.create(on: db)
        return StudentFixtures(
            zoe: zoe, omar: omar, ling: ling, sol: sol, elmStudent: elmStudent, mother: mother,
            restrictedFather: father, headOfYear: head, senco: senco)
    }
}

@Suite("Students and the people around them")
struct StudentsTests {
    /// The names in the list page's table, in order.
    static func listed(_ page: String) -> [String] {
        // Each part of a name is isolated in <bdi>; the test reads the name as shown.
        let page = page.replacingOccurrences(of: "<bdi>", with: "").replacingOccurrences(of: "</bdi>", with: "")
        return page.components(separatedBy: #"<a href="/students/"#).dropFirst().compactMap { part in
            part.split(separator: ">", maxSplits: 1).last?.split(separator: "<").first.map(String.init)
        }
    }

    @Test("Each person sees exactly the students their role and job reach", arguments: TestDatabase.all)
    func reach(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let expectations: [(User, [String])] = [
                (people.primaryLeader, ["Chen, Ling", "Haddad, Omar", "Ångström, Zoë"]),
                (people.primaryStaff, ["Ångström, Zoë"]),
                (s.headOfYear, ["Chen, Ling", "Haddad, Omar"]),
                (s.senco, ["Haddad, Omar"]),
                (people.secondaryLeader, ["Marchand, Solène"]),
                (people.oakAdmin, ["Chen, Ling", "Haddad, Omar", "Marchand, Solène", "Ångström, Zoë"]),
                (people.elmAdmin, ["Elmwood, Ezra"]),
            ]
            for (user, names) in expectations {
                let browser = TestBrowser(app)
                try await browser.signIn(user)
                let page = try await browser.get("/students")
                #expect(page.status == .ok)
                #expect(Set(Self.listed(page.text)) == Set(names), "\(user.name) sees \(Self.listed(page.text))")
                // A profile opens exactly when the student is in the list.
                for student in [s.zoe, s.omar, s.ling, s.sol, s.elmStudent] {
                    let profile = try await browser.get("/students/\(student.id!)")
                    let expected: HTTPStatus = names.contains(student.listName) ? .ok : .notFound
                    #expect(profile.status == expected, "\(user.name) → \(student.displayName)")
                }
            }
        }
    }

    @Test("A school can keep heads of year and the SEN coordinator to their own students", arguments: TestDatabase.all)
    func schoolPolicy(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            people.oakPrimary.headOfYearSeesYearGroup = false
            people.oakPrimary.senCoordinatorSeesSpecialNeeds = false
            try await people.oakPrimary.save(on: app.db)
            for user in [s.headOfYear, s.senco] {
                let browser = TestBrowser(app)
                try await browser.signIn(user)
                #expect(Self.listed(try await browser.get("/students").text).isEmpty)
                #expect(try await browser.get("/students/\(s.omar.id!)").status == .notFound)
            }
        }
    }

    @Test("Search ignores case and accents and matches the start of words", arguments: TestDatabase.all)
    func search(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            _ = try await StudentFixtures.make(people, on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryLeader)
            #expect(Self.listed(try await browser.get("/students?q=ZOE+angstrom").text) == ["Ångström, Zoë"])
            #expect(Self.listed(try await browser.get("/students?q=had").text) == ["Haddad, Omar"])
            #expect(Self.listed(try await browser.get("/students?q=dad").text).isEmpty)
            #expect(Self.listed(try await browser.get("/students?q=%25").text).count == 3)
            #expect(Self.listed(try await browser.get("/students?year=8&sen=true").text) == ["Haddad, Omar"])
            // The search form sends empty fields; odd values in an address mean "no filter".
            let empty = try await browser.get("/students?school=&q=&year=&page=x")
            #expect(empty.status == .ok)
            #expect(Self.listed(empty.text).count == 3)
            let none = try await browser.get("/students?q=nobody")
            #expect(none.text.contains("0 students"))
            #expect(none.text.contains(#"value="nobody""#))
        }
    }

    @Test(
        "A profile shows the family with responsibility and restrictions, and is audited", arguments: TestDatabase.all)
    func profile(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryStaff)
            let page = try await browser.get("/students/\(s.zoe.id!)").text
            #expect(page.contains("Zoë Ångström"))
            #expect(page.contains("Amira Ångström"))
            #expect(page.contains("Parental responsibility"))
            #expect(page.contains("needs an interpreter (Arabic)"))
            #expect(page.contains("Contact restriction"))
            #expect(page.contains("No contact: court order."))
            // A restricted person's contact preferences are not shown, so nobody acts on them.
            let fatherCard = try #require(page.range(of: "Karim Ångström")).upperBound
            let rest = page[fatherCard...]
            let nextCard = rest.range(of: "</li>")?.lowerBound ?? rest.endIndex
            #expect(!rest[..<nextCard].contains("Best way to reach"))
            // How to reach the family is on the page itself, not only behind "Change details";
            // never for someone who must not be contacted.
            #expect(page.contains("amira@mail.example"))
            #expect(page.contains("tel:07700900123"))
            #expect(!page.contains("karim@mail.example"))
            #expect(page.contains("Pat Staff"))

            let views = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.studentViewed.rawValue)
                .all()
            #expect(views.count == 1)
            #expect(views.first?.subjectID == s.zoe.id)
            #expect(views.first?.schoolID == people.oakPrimary.id)
            #expect(views.first?.actorID == people.primaryStaff.id)
        }
    }
}

@Suite("Changing a family member's details")
struct FamilyMemberTests {
    @Test(
        "Staff who see the student update contact details; only leaders touch restrictions", arguments: TestDatabase.all
    )
    func edit(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let path = "/students/\(s.zoe.id!)/family/\(s.mother.id!)"
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            let page = try await staff.get(path)
            #expect(page.status == .ok)
            #expect(!page.text.contains(#"name="restriction""#))
            let saved = try await staff.post(
                path,
                [
                    "email": "amira@mail.example", "phone": "07700 900999", "preferred_language": "ar",
                    "needs_interpreter": "no", "interpreter_language": "", "preferred_contact": "text",
                    "preferred_meeting_mode": "video", "accessibility_needs": "Needs step-free access",
                    "restriction": "Sneaked in",
                ])
            #expect(saved.location == "/students/\(s.zoe.id!)?notice=family-saved")
            let mother = try await FamilyMember.find(s.mother.id, on: app.db)
            #expect(mother?.email == "amira@mail.example")
            #expect(mother?.preferredContact == .text)
            #expect(mother?.needsInterpreter == false)
            #expect(mother?.restriction == nil)

            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            try await leader.submit(
                path,
                [
                    "email": "amira.new@mail.example", "phone": "07700 900999", "preferred_language": "ar",
                    "needs_interpreter": "yes", "interpreter_language": "ar", "preferred_contact": "text",
                    "preferred_meeting_mode": "video", "restriction": "No contact until the court hearing.",
                ])
            let restricted = try await FamilyMember.find(s.mother.id, on: app.db)
            #expect(restricted?.isRestricted == true)
            #expect(restricted?.email == "amira.new@mail.example", "a leader changes where links go")
            #expect(try await leader.get("/students/\(s.zoe.id!)").text.contains("No contact until the court hearing."))
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.filter { $0 == AuditAction.familyMemberUpdated.rawValue }.count == 2)
            #expect(actions.filter { $0 == AuditAction.contactRestrictionChanged.rawValue }.count == 1)
        }
    }

    @Test("A long form sent over a real connection keeps its token and saves", arguments: TestDatabase.all)
    func longForm(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryLeader)
            let note = String(repeating: "Préfère être appelée le matin, avant le travail. ", count: 9)
            try await browser.get("/students/\(s.zoe.id!)/family/\(s.mother.id!)")
            // Only this post goes over a real socket, where a body of this size arrives in pieces.
            // (The live client follows the redirect itself, so the saved record is what is checked.)
            browser.live = true
            _ = try await browser.post(
                "/students/\(s.zoe.id!)/family/\(s.mother.id!)",
                [
                    "email": "amira@mail.example", "preferred_language": "ar", "needs_interpreter": "no",
                    "preferred_contact": "email", "preferred_meeting_mode": "in_person",
                    "accessibility_needs": String(note.prefix(480)),
                    "restriction": String(repeating: "Court order until further notice. ", count: 5),
                ])
            let expected = String(note.prefix(480)).trimmingCharacters(in: .whitespaces)
            #expect(try await FamilyMember.find(s.mother.id, on: app.db)?.accessibilityNeeds == expected)
            #expect(try await FamilyMember.find(s.mother.id, on: app.db)?.isRestricted == true)
        }
    }

    @Test("Only leaders see or change how to reach someone who must not be contacted", arguments: TestDatabase.all)
    func restrictedContact(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let path = "/students/\(s.zoe.id!)/family/\(s.restrictedFather.id!)"
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            let page = try await staff.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Only a school leader can see or change"))
            #expect(!page.text.contains("karim@mail.example"))
            #expect(!page.text.contains("07700 900123"))
            #expect(try await staff.post(path, ["email": "new@mail.example"]).status == .notFound)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            #expect(try await leader.get(path).text.contains("karim@mail.example"))
        }
    }

    @Test("Mistakes come back with what was typed", arguments: TestDatabase.all)
    func validation(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryLeader)
            let response = try await browser.submit(
                "/students/\(s.zoe.id!)/family/\(s.mother.id!)",
                [
                    "email": "not-an-email", "preferred_contact": "email", "preferred_meeting_mode": "in_person",
                    "needs_interpreter": "yes", "accessibility_needs": "Large print, please",
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("Enter an email address in the right format"))
            #expect(response.text.contains("Choose the language the interpreter should speak"))
            #expect(response.text.contains(#"value="not-an-email""#))
            #expect(response.text.contains("Large print, please"))
        }
    }

    @Test("Nobody reaches the family of a student they cannot see", arguments: TestDatabase.all)
    func outOfReach(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let path = "/students/\(s.zoe.id!)/family/\(s.mother.id!)"
            for user in [people.secondaryLeader, people.elmAdmin, s.senco] {
                let browser = TestBrowser(app)
                try await browser.signIn(user)
                #expect(try await browser.get(path).status == .notFound)
                #expect(try await browser.post(path, ["email": "x@y.example"]).status == .notFound)
            }
            // A family member of a different student cannot be reached through this one.
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            #expect(try await leader.get("/students/\(s.omar.id!)/family/\(s.mother.id!)").status == .notFound)
        }
    }
}

@Suite("Paging through students")
struct PagingTests {
    @Test("Pages hold fifty students each and never repeat one", arguments: TestDatabase.all)
    func pages(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let hash = try app.roundtable.passwords.hash(Fixtures.password)
            _ = try await DemoSchool.create(
                students: 120, seed: 3, passwordHash: hash, on: app.db, now: app.roundtable.now)
            let head = try await User.query(on: app.db).filter(\.$email == "head@larkfield.example").first()
            let browser = TestBrowser(app)
            try await browser.signIn(try #require(head))
            var seen: [String] = []
            for page in 1...3 {
                let names = StudentsTests.listed(try await browser.get("/students?page=\(page)").text)
                #expect(names.count == (page < 3 ? 50 : 20))
                seen += names
            }
            #expect(seen.count == 120)
        }
    }
}

@Suite("Jobs and how far they see")
struct JobReachTests {
    @Test(
        "A leader makes someone head of Year 8 and they see that year; the school can say no",
        arguments: TestDatabase.all)
    func headOfYear(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            _ = try await StudentFixtures.make(people, on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let page = "/staff/\(people.primaryStaff.id!)"
            let wrong = try await leader.submit(page + "/job", ["job": "head_of_year", "years": "eight"], from: page)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Enter year groups as numbers"))
            #expect(wrong.text.contains(#"value="eight""#))
            let saved = try await leader.post(page + "/job", ["job": "head_of_year", "years": "8"])
            #expect(saved.location == page + "?notice=job-changed")

            let pat = TestBrowser(app)
            try await pat.signIn(people.primaryStaff)
            #expect(
                Set(StudentsTests.listed(try await pat.get("/students").text)) == [
                    "Ångström, Zoë", "Chen, Ling", "Haddad, Omar",
                ])

            let settings = "/school-settings?school=\(people.oakPrimary.id!)"
            try await leader.get(settings)
            #expect(try await leader.post(settings, ["sen_coordinator_sees_special_needs": "true"]).status == .seeOther)
            #expect(StudentsTests.listed(try await pat.get("/students").text) == ["Ångström, Zoë"])
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.jobChanged.rawValue))
            #expect(actions.contains(AuditAction.schoolSettingsChanged.rawValue))
        }
    }
}
