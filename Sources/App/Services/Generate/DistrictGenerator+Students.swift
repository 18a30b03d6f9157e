import Fluent
import Foundation
import RoundtableCore

extension DistrictGenerator.SchoolPlan {
    /// The school's students, each with a family of one to three adults (two on average, as
    /// the district's figures ask): together, apart, apart with a step-parent, or one parent.
    mutating func createStudents(schoolID: UUID, on db: any Database) async throws -> ([Pupil], Int) {
        var students: [Student] = []
        var members: [FamilyMember] = []
        var links = DistrictGenerator.Table(
            StudentFamilyLink.schema,
            [
                "id", "student_id", "family_member_id", "relationship", "has_parental_responsibility",
                "lives_with_student",
            ])
        var pupils: [Pupil] = []
        for index in 0..<self.students {
            let pool = NamePool.random(using: &random)
            let familyName = random.pick(pool.familyNames)
            let student = DemoSchool.makeStudent(
                pool: pool, familyName: familyName, year: 7 + index % 5, schoolID: schoolID, index: index,
                random: &random)
            let studentID = UUID()
            student.id = studentID
            student.sourcedID = "district-\(number)-\(index + 1)"
            student.whatHelpsMe = nil
            let roll = Double.random(in: 0..<1, using: &random)
            student.sex = roll < 0.04 ? nil : roll < 0.52 ? "female" : "male"
            students.append(student)

            let shape: [(FamilyRelationship, Bool, Bool)] =
                switch Double.random(in: 0..<1, using: &random) {
                case ..<0.18: [(random.chance(0.8) ? .mother : .father, true, true)]
                case ..<0.62: [(.mother, true, true), (.father, true, true)]
                case ..<0.80: [(.mother, true, true), (.father, true, false)]
                default: [(.mother, true, true), (.father, true, false), (.stepParent, false, true)]
                }
            var adults: [(id: UUID, needsInterpreter: Bool, language: String)] = []
            var family: [GroupAttributes.FamilyLink] = []
            for (relationship, responsibility, livesWith) in shape {
                let member = DemoSchool.makeAdult(
                    pool: pool, familyName: familyName, relationship: relationship, organisationID: organisationID,
                    random: &random)
                let memberID = UUID()
                member.id = memberID
                member.accessibilityNeeds = nil
                members.append(member)
                links.add([UUID(), studentID, memberID, relationship.rawValue, responsibility, livesWith])
                adults.append((memberID, member.needsInterpreter, member.preferredLanguage))
                family.append(
                    .init(
                        needsInterpreter: member.needsInterpreter, parentalResponsibility: responsibility,
                        livesWithStudent: livesWith))
            }
            let groups = GroupAttributes(
                .init(
                    yearGroup: student.yearGroup, homeLanguages: student.homeLanguages,
                    hasSpecialNeeds: student.hasSpecialNeeds, isDisadvantaged: student.isDisadvantaged,
                    sex: student.sex),
                family: family)
            pupils.append(Pupil(id: studentID, adults: adults, groups: groups))
        }
        try await DistrictGenerator.insert(students, on: db)
        try await DistrictGenerator.insert(members, on: db)
        try await links.write(on: try db.sql())
        return (pupils, members.count)
    }
}
