import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

extension DemoSchool {
    /// The shapes families come in, roughly as often as a school sees them.
    enum Shape: CaseIterable {
        case twoParents, separatedParents, singleParent, grandparentCarers, fosterCarer, restrictedParent
    }

    /// Creates the adults around a group of siblings; returns how many were made.
    static func createFamily(
        for children: [Student], pool: NamePool, familyName: String, organisationID: UUID, showcase: Bool = false,
        random: inout SeededRandom, on db: any Database
    ) async throws -> Int {
        let roll = Double.random(in: 0..<1, using: &random)
        let rolled: Shape =
            switch roll {
            case ..<0.52: .twoParents
            case ..<0.70: .separatedParents
            case ..<0.88: .singleParent
            case ..<0.94: .grandparentCarers
            case ..<0.98: .fosterCarer
            default: .restrictedParent
            }
        let shape = showcase ? .separatedParents : rolled

        var adults: [(FamilyMember, FamilyRelationship, Bool, Bool)] = []
        func adult(
            _ relationship: FamilyRelationship, family: String? = nil, pr: Bool, livesWith: Bool,
            restriction: String? = nil, english: Bool = false
        ) {
            let member = makeAdult(
                pool: english ? NamePool.pools[0].pool : pool, familyName: family ?? familyName,
                relationship: relationship, organisationID: organisationID, random: &random)
            member.restriction = restriction
            adults.append((member, relationship, pr, livesWith))
        }
        switch shape {
        case .twoParents:
            adult(.mother, pr: true, livesWith: true)
            adult(.father, pr: true, livesWith: true)
        case .separatedParents:
            adult(.mother, pr: true, livesWith: true)
            adult(.father, pr: true, livesWith: false)
            if showcase {
                // The mother reads English well; the father needs an Arabic interpreter.
                adults[0].0.needsInterpreter = false
                adults[0].0.interpreterLanguage = nil
                adults[1].0.needsInterpreter = true
                adults[1].0.interpreterLanguage = "ar"
            } else if random.chance(0.4) {
                adult(.stepParent, family: random.pick(pool.familyNames), pr: false, livesWith: true)
            }
        case .singleParent:
            adult(random.chance(0.8) ? .mother : .father, pr: true, livesWith: true)
            if random.chance(0.3) { adult(.aunt, pr: false, livesWith: false) }
        case .grandparentCarers:
            adult(.grandparent, pr: true, livesWith: true)
            adult(.grandparent, pr: true, livesWith: true)
        case .fosterCarer:
            // The carer looks after the child day to day; a birth parent usually keeps
            // parental responsibility, shared with the local authority.
            adult(
                .fosterCarer, family: NamePool.pools[0].pool.familyNames.randomElement(using: &random), pr: false,
                livesWith: true, english: true)
            adult(.mother, pr: true, livesWith: false)
        case .restrictedParent:
            adult(.mother, pr: true, livesWith: true)
            adult(
                .father, pr: true, livesWith: false,
                restriction: "No contact: court order. Do not invite or share records.")
        }
        try await adults.map(\.0).create(on: db)
        var links: [StudentFamilyLink] = []
        for child in children {
            for (member, relationship, pr, livesWith) in adults {
                links.append(
                    StudentFamilyLink(
                        studentID: try child.requireID(), familyMemberID: try member.requireID(),
                        relationship: relationship, parentalResponsibility: pr, livesWith: livesWith))
            }
        }
        try await links.create(on: db)
        return adults.count
    }

    static func makeAdult(
        pool: NamePool, familyName: String, relationship: FamilyRelationship, organisationID: UUID,
        random: inout SeededRandom
    )
        -> FamilyMember
    {
        let member = FamilyMember()
        member.$organisation.id = organisationID
        // The lists alternate women's and men's names, so a mother is not called Ahmed.
        let names = adultGivenNames[pool.language] ?? adultGivenNames["en"]!
        let women = names.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let men = names.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let given: String =
            switch relationship {
            case .mother, .aunt: random.pick(women)
            case .father, .uncle: random.pick(men)
            default: random.pick(names)
            }
        member.setNames(given: given, family: familyName)
        let handle = (member.givenName + "." + familyName).folding(options: .diacriticInsensitive, locale: nil)
            .lowercased().filter { $0.isLetter || $0 == "." }
        member.email = "\(handle).\(Int.random(in: 10...99, using: &random))@mail.example"
        member.phone = "07700 9\(String(format: "%05d", Int.random(in: 0...99999, using: &random)))"
        member.preferredLanguage = pool.language
        member.needsInterpreter = random.chance(pool.interpreterRate)
        member.interpreterLanguage = member.needsInterpreter ? pool.language : nil
        member.preferredContact = random.pick([.email, .email, .phone, .text])
        member.preferredMeetingMode = random.pick([.inPerson, .inPerson, .inPerson, .phone, .video])
        member.accessibilityNeeds = random.chance(0.04) ? random.pick(NamePool.accessibilityNeeds) : nil
        member.isActive = true
        return member
    }

    /// Women's and men's names in turn (see `makeAdult`).
    static let adultGivenNames: [String: [String]] = [
        "en": [
            "Sarah", "James", "Claire", "Mark", "Lisa", "Paul", "Joanne", "Darren", "Kerry", "Neil", "Gemma", "Lee",
        ],
        "es": ["Carmen", "Javier", "Marta", "Sergio", "Pilar", "Raúl"],
        "fr": ["Sandrine", "Olivier", "Nathalie", "Stéphane", "Aurélie", "Thierry"],
        "ar": ["Fatima", "Ahmed", "Amira", "Khaled", "Rania", "Tariq"],
        "zh-Hans": ["Xiu", "Wei", "Yan", "Lei", "Hong", "Qiang"],
        "pl": ["Agnieszka", "Tomasz", "Katarzyna", "Piotr", "Ewa", "Marcin"],
        "ur": ["Nadia", "Asif", "Rubina", "Tariq", "Shazia", "Kamran"],
        "so": ["Amina", "Mohamed", "Faduma", "Ahmed", "Khadra", "Yusuf"],
    ]

    /// Form tutors take a year group each, heads of year the years they lead, the special needs coordinator
    /// every student with special needs, teachers a sample of classes.
    static func linkStaff(_ staff: [User], to students: [Student], on db: any Database) async throws {
        var links: [StaffStudentLink] = []
        let tutors = staff.filter { $0.jobRole == .formTutor }
        let heads = staff.filter { $0.jobRole == .headOfYear }
        for student in students {
            let id = try student.requireID()
            let year = student.yearGroup - 7
            if !tutors.isEmpty {
                links.append(
                    .init(userID: try tutors[year % tutors.count].requireID(), studentID: id, source: "roster"))
            }
            for head in heads where (head.yearGroupsLed ?? []).contains(student.yearGroup) {
                links.append(.init(userID: try head.requireID(), studentID: id, source: "roster"))
            }
            for teacher in staff where teacher.jobRole == .teacher && student.yearGroup % 2 == (teacher.name.count % 2)
            {
                links.append(.init(userID: try teacher.requireID(), studentID: id, source: "roster"))
            }
            for specialist in staff where specialist.jobRole == .senCoordinator && student.hasSpecialNeeds {
                links.append(.init(userID: try specialist.requireID(), studentID: id, source: "manual"))
            }
        }
        // Batches keep each statement well under the databases' parameter limits.
        for start in stride(from: 0, to: links.count, by: 500) {
            try await Array(links[start..<min(start + 500, links.count)]).create(on: db)
        }
    }
}
