import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Adding and changing students by hand")
struct StudentRecordsTests {
    static let newStudent = [
        "given_name": "Noor", "family_name": "Al-Amin", "preferred_name": "", "date_of_birth": "2014-09-03",
        "year_group": "7", "form_group": "7 Oak", "main_language": "ar", "other_language": "en",
        "special_needs": "true",
        "what_helps_me": "Being told what will happen before it happens.",
    ]

    @Test("A leader adds a student; mistakes come back with what was typed", arguments: TestDatabase.all)
    func add(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            #expect(try await staff.get("/students/new").status == .notFound)

            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            var fields = Self.newStudent
            fields["year_group"] = "Year seven"
            let wrong = try await leader.submit("/students/new", fields)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Enter the year group as a number from 0 to 14"))
            #expect(wrong.text.contains(#"value="Al-Amin""#))
            #expect(wrong.text.contains("Being told what will happen before it happens."))
            #expect(try await Student.query(on: app.db).count() == 0)

            let saved = try await leader.post("/students/new", Self.newStudent)
            let student = try #require(try await Student.query(on: app.db).first())
            #expect(saved.location == "/students/\(student.id!)?notice=student-added")
            #expect(student.$school.id == people.oakPrimary.id)
            #expect(student.homeLanguages == ["ar", "en"])
            #expect(student.hasSpecialNeeds && !student.isDisadvantaged)
            #expect(StudentForm.inputValue(student.dateOfBirth) == "2014-09-03")
            let page = try await leader.get(saved.location!)
            #expect(page.text.contains("The student has been added."))
            #expect(page.text.contains("Being told what will happen before it happens."))
            #expect(student.formGroup == "7 Oak")
            #expect(page.text.contains("Year 7, form 7 Oak"))
            // Found by search, accents and hyphens folded as for imported students; the list
            // shows form and birthday, so two students of the same name can be told apart.
            let listed = try await leader.get("/students?q=al%20amin").text
            #expect(listed.contains("Al-Amin"))
            #expect(listed.contains(#"data-label="Form">7 Oak"#))
            #expect(listed.contains(#"data-label="Born">3 Sep 2014"#))
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.studentCreated.rawValue))
        }
    }

    @Test("Editing keeps what the form does not show, and only leaders may edit", arguments: TestDatabase.all)
    func edit(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            s.zoe.homeLanguages = ["sv", "en", "de"]
            s.zoe.sourcedID = "stu-zoe"
            try await s.zoe.save(on: app.db)
            let path = "/students/\(s.zoe.id!)/edit"

            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            #expect(try await staff.get(path).status == .notFound)
            #expect(!(try await staff.get("/students/\(s.zoe.id!)").text.contains(path)))

            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let form = try await leader.get(path)
            #expect(form.text.contains("comes from the school's roster"))
            #expect(form.text.contains(#"value="Zoë""#))
            let saved = try await leader.post(
                path,
                [
                    "given_name": "Zoë", "family_name": "Ångström", "preferred_name": "Zo", "date_of_birth": "",
                    "year_group": "8", "main_language": "sv", "other_language": "en",
                    "what_helps_me": "Sitting near the door.",
                ])
            #expect(saved.location == "/students/\(s.zoe.id!)?notice=student-saved")
            let zoe = try #require(try await Student.find(s.zoe.id, on: app.db))
            #expect(zoe.displayName == "Zo Ångström")
            #expect(zoe.yearGroup == 8)
            #expect(zoe.homeLanguages == ["sv", "en", "de"])
            #expect(zoe.dateOfBirth == nil)
            #expect(zoe.whatHelpsMe == "Sitting near the door.")

            let otherLeader = TestBrowser(app)
            try await otherLeader.signIn(people.secondaryLeader)
            #expect(try await otherLeader.get(path).status == .notFound)
        }
    }
}

@Suite("Who belongs to a student's family")
struct FamilyCircleTests {
    static let newParent = [
        "given_name": "Bilal", "family_name": "Haddad", "relationship": "father", "parental_responsibility": "yes",
        "lives_with": "yes", "preferred_language": "ar", "needs_interpreter": "no", "preferred_contact": "email",
        "email": "bilal@mail.example", "preferred_meeting_mode": "in_person",
    ]

    @Test("A leader adds a new parent, and a brother's page links the same person", arguments: TestDatabase.all)
    func addAndShare(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let omarAdd = "/students/\(s.omar.id!)/family/new"

            var missing = Self.newParent
            missing["parental_responsibility"] = nil
            let wrong = try await leader.submit(omarAdd, missing)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Say whether they have parental responsibility"))
            #expect(wrong.text.contains(#"value="bilal@mail.example""#))

            let added = try await leader.post(omarAdd, Self.newParent)
            #expect(added.location == "/students/\(s.omar.id!)?notice=family-added")
            let bilal = try #require(try await FamilyMember.query(on: app.db).filter(\.$givenName == "Bilal").first())
            #expect(bilal.searchName == NameSearch.key(["Bilal", "Haddad"]))

            // Ling is Omar's sister: searching on her page finds Bilal as Omar's family.
            let lingAdd = "/students/\(s.ling.id!)/family/new"
            let found = try await leader.get(lingAdd + "?q=bilal")
            #expect(found.text.contains("Bilal Haddad"))
            #expect(found.text.contains("father of Omar Haddad (Year 8)"))
            // Someone already in Ling's family, or nobody at all, is not offered.
            #expect(
                !(try await leader.get("/students/\(s.zoe.id!)/family/new?q=amira").text.contains("Amira Ångström</a>"))
            )
            let linkPage = try await leader.get(lingAdd + "?existing=\(bilal.id!)")
            #expect(linkPage.status == .ok)
            let linked = try await leader.post(
                lingAdd,
                [
                    "existing": bilal.id!.uuidString, "relationship": "father", "parental_responsibility": "yes",
                    "lives_with": "no",
                ])
            #expect(linked.location == "/students/\(s.ling.id!)?notice=family-added")
            #expect(try await FamilyMember.query(on: app.db).filter(\.$givenName == "Bilal").count() == 1)
            let links = try await StudentFamilyLink.query(on: app.db).filter(\.$familyMember.$id == bilal.id!).all()
            #expect(Set(links.map(\.$student.id)) == [s.omar.id!, s.ling.id!])

            // A family from another organisation can never be linked, even by its id.
            let elmParent = FamilyMember()
            elmParent.$organisation.id = people.elm.id!
            elmParent.setNames(given: "Bilal", family: "Elmer")
            elmParent.preferredLanguage = "en"
            elmParent.preferredContact = .email
            elmParent.preferredMeetingMode = .inPerson
            elmParent.needsInterpreter = false
            elmParent.isActive = true
            try await elmParent.create(on: app.db)
            #expect(!(try await leader.get(lingAdd + "?q=bilal").text.contains("Elmer")))
            #expect(try await leader.get(lingAdd + "?existing=\(elmParent.id!)").status == .notFound)

            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            #expect(try await staff.get("/students/\(s.zoe.id!)/family/new").status == .notFound)
        }
    }

    @Test("Changing how someone stands to a student, and taking them out", arguments: TestDatabase.all)
    func changeAndRemove(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let path = "/students/\(s.zoe.id!)/family/\(s.mother.id!)"
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            let staffView = try await staff.get(path)
            #expect(!staffView.text.contains("parental_responsibility"))
            #expect(try await staff.post(path + "/link", ["relationship": "aunt"]).status == .notFound)

            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let saved = try await leader.submit(
                path + "/link", ["relationship": "carer", "parental_responsibility": "no", "lives_with": "yes"],
                from: path)
            #expect(saved.location == "/students/\(s.zoe.id!)?notice=family-saved")
            let link = try #require(
                try await StudentFamilyLink.query(on: app.db).filter(\.$familyMember.$id == s.mother.id!).first())
            #expect(link.relationship == .carer && !link.hasParentalResponsibility && link.livesWithStudent)

            let confirm = try await leader.get(path + "/remove")
            #expect(confirm.text.contains("Take Amira Ångström out of Zoë's family?"))
            let removed = try await leader.post(path + "/remove")
            #expect(removed.location == "/students/\(s.zoe.id!)?notice=family-removed")
            #expect(
                try await StudentFamilyLink.query(on: app.db).filter(\.$familyMember.$id == s.mother.id!).count() == 0)
            #expect(try await FamilyMember.find(s.mother.id, on: app.db) != nil)
            #expect(try await leader.get(path).status == .notFound)
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.familyLinkChanged.rawValue))
            #expect(actions.contains(AuditAction.familyMemberUnlinked.rawValue))
        }
    }
}

@Suite("Staff and agencies around a student")
struct StaffAndAgencyTests {
    @Test(
        "A leader links and unlinks staff by hand; the linked person then sees the student", arguments: TestDatabase.all
    )
    func staffLinks(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            #expect(try await teacher.get("/students/\(s.ling.id!)").status == .notFound)

            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let profile = "/students/\(s.ling.id!)"
            let search = try await leader.get(profile + "/staff?q=pat")
            #expect(search.text.contains("Pat Staff"))
            #expect(!search.text.contains("Hana Head"))
            let linked = try await leader.post(profile + "/staff", ["staff_id": people.primaryStaff.id!.uuidString])
            #expect(linked.location == profile + "?notice=staff-linked")
            let link = try #require(
                try await StaffStudentLink.query(on: app.db).filter(\.$student.$id == s.ling.id!).first())
            #expect(link.source == "manual")
            #expect(try await teacher.get(profile).status == .ok)
            // Staff of another school cannot be linked.
            #expect(
                try await leader.submit(
                    profile + "/staff", ["staff_id": people.secondaryStaff.id!.uuidString], from: profile
                )
                .status == .notFound)
            // The staff member's own page lists the students they work with.
            let staffPage = try await leader.get("/staff/\(people.primaryStaff.id!)")
            #expect(staffPage.text.contains("Chen, Ling"))

            let unlinked = try await leader.submit(
                profile + "/staff/\(people.primaryStaff.id!)/remove", [:], from: profile)
            #expect(unlinked.location == profile + "?notice=staff-unlinked")
            #expect(try await teacher.get(profile).status == .notFound)
        }
    }

    static let agency = [
        "existing": "", "agency": "Children's mental health service", "name": "Dr Ruth Okafor",
        "role": "Clinical psychologist", "email": "ruth.okafor@health.example", "phone": "",
        "consent_from": "Amira Ångström (mother)", "consent_date": "2026-11-02",
        "consent_notes": "Share reports and invite to reviews.",
    ]

    @Test(
        "An agency contact is recorded only with consent, and reused for another student", arguments: TestDatabase.all)
    func agencies(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let zoeAdd = "/students/\(s.zoe.id!)/agencies/new"
            var noConsent = Self.agency
            noConsent["consent_from"] = ""
            let wrong = try await leader.submit(zoeAdd, noConsent)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Say who agreed that the school may work with this agency"))
            #expect(wrong.text.contains(#"value="Dr Ruth Okafor""#))

            let added = try await leader.post(zoeAdd, Self.agency)
            #expect(added.location == "/students/\(s.zoe.id!)?notice=agency-added")
            let profile = try await leader.get("/students/\(s.zoe.id!)")
            #expect(profile.text.contains("Dr Ruth Okafor"))
            #expect(profile.text.contains("Given by Amira Ångström (mother) on 2 November 2026"))

            // Omar's page offers Dr Okafor; choosing her needs only the consent.
            let contact = try #require(try await AgencyContact.query(on: app.db).first())
            let omarAdd = "/students/\(s.omar.id!)/agencies/new"
            #expect(try await leader.get(omarAdd).text.contains("Dr Ruth Okafor, Children's mental health service"))
            let reused = try await leader.post(
                omarAdd,
                [
                    "existing": contact.id!.uuidString, "consent_from": "Bilal Haddad (father)",
                    "consent_date": "2026-11-20",
                ])
            #expect(reused.location == "/students/\(s.omar.id!)?notice=agency-added")
            #expect(try await AgencyContact.query(on: app.db).count() == 1)
            #expect(try await StudentAgencyLink.query(on: app.db).count() == 2)

            // Staff see agencies but cannot change them.
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            #expect(try await staff.get("/students/\(s.zoe.id!)").text.contains("Dr Ruth Okafor"))
            #expect(try await staff.get(zoeAdd).status == .notFound)

            let link = try #require(
                try await StudentAgencyLink.query(on: app.db).filter(\.$student.$id == s.zoe.id!).first())
            let removed = try await leader.submit(
                "/students/\(s.zoe.id!)/agencies/\(link.id!)/remove", [:], from: "/students/\(s.zoe.id!)")
            #expect(removed.location == "/students/\(s.zoe.id!)?notice=agency-removed")
            #expect(try await StudentAgencyLink.query(on: app.db).count() == 1)
        }
    }
}
