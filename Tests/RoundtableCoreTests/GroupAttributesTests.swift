import Foundation
import Testing

@testable import RoundtableCore

@Suite("The groups a student belongs to, and differences said in words")
struct GroupAttributesTests {
    typealias Link = GroupAttributes.FamilyLink

    static func facts(sex: String? = nil, languages: [String] = ["pl", "en"]) -> GroupAttributes.StudentFacts {
        .init(yearGroup: 8, homeLanguages: languages, hasSpecialNeeds: true, isDisadvantaged: false, sex: sex)
    }

    @Test func fromTheRecord() {
        let attributes = GroupAttributes(
            Self.facts(sex: "Female"),
            family: [
                Link(needsInterpreter: false, parentalResponsibility: true, livesWithStudent: true),
                Link(needsInterpreter: true, parentalResponsibility: false, livesWithStudent: false),
            ])
        #expect(
            attributes
                == GroupAttributes(
                    yearGroup: 8, homeLanguage: "pl", needsInterpreter: true, specialNeeds: true,
                    separatedParents: false, sex: .female, disadvantaged: false))
    }

    struct Household: Sendable, CustomTestStringConvertible {
        var why: String
        var links: [Link]
        var separated: Bool
        var testDescription: String { why }
    }

    static let households: [Household] = [
        Household(why: "no family recorded", links: [], separated: false),
        Household(
            why: "two parents at home",
            links: [
                .init(needsInterpreter: false, parentalResponsibility: true, livesWithStudent: true),
                .init(needsInterpreter: false, parentalResponsibility: true, livesWithStudent: true),
            ], separated: false),
        Household(
            why: "a parent elsewhere with responsibility",
            links: [
                .init(needsInterpreter: false, parentalResponsibility: true, livesWithStudent: true),
                .init(needsInterpreter: false, parentalResponsibility: true, livesWithStudent: false),
            ], separated: true),
        Household(
            why: "a grandparent elsewhere without responsibility",
            links: [
                .init(needsInterpreter: false, parentalResponsibility: true, livesWithStudent: true),
                .init(needsInterpreter: false, parentalResponsibility: false, livesWithStudent: false),
            ], separated: false),
        Household(
            why: "nobody recorded at home",
            links: [.init(needsInterpreter: false, parentalResponsibility: true, livesWithStudent: false)],
            separated: false),
    ]

    @Test(arguments: households)
    func separatedParents(row: Household) {
        #expect(GroupAttributes.separated(row.links) == row.separated)
    }

    @Test("Sex only as the roster gave it; unspecified or anything else is not recorded")
    func sex() {
        #expect(RecordedSex(roster: "male") == .male)
        #expect(RecordedSex(roster: " Other ") == .other)
        #expect(RecordedSex(roster: "unspecified") == nil)
        #expect(GroupAttributes(Self.facts(sex: nil), family: []).sex == nil)
        #expect(GroupDimension.sex.group(of: GroupAttributes(Self.facts(), family: [])) == "not_recorded")
        #expect(
            GroupDimension.homeLanguage.group(of: GroupAttributes(Self.facts(languages: []), family: []))
                == "not_recorded")
    }

    static let spring = InsightPeriod.term(
        SchoolTerm(name: "Spring term", start: SchoolDay(2027, 1, 5), end: SchoolDay(2027, 3, 26)))

    @Test("A difference in words")
    func difference() {
        let group = GroupDimension.interpreter.name(ofGroup: "yes")
        #expect(
            GroupDifference.sentence(
                group: group, .shown(count: 12, value: 6.3), others: .shown(count: 140, value: 8.4),
                measure: "rated 'clear'", period: Self.spring)
                == "Families who needed an interpreter rated 'clear' 2.1 points lower than others in Spring term 2026–27."
        )
        #expect(
            GroupDifference.sentence(
                group: group, .shown(count: 12, value: 9.0), others: .shown(count: 140, value: 8.0),
                measure: "rated 'clear'", period: Self.spring)?.contains("1.0 point higher than others") == true)
        #expect(
            GroupDifference.sentence(
                group: group, .shown(count: 12, value: 8.42), others: .shown(count: 140, value: 8.4),
                measure: "rated 'clear'", period: .month(year: 2027, month: 3))
                == "Families who needed an interpreter rated 'clear' about the same as others in March 2027.")
    }

    @Test("A hidden group is never compared, either side")
    func hiddenNeverCompared() {
        let group = GroupDimension.interpreter.name(ofGroup: "yes")
        #expect(
            GroupDifference.sentence(
                group: group, .hidden, others: .shown(count: 140, value: 8.4), measure: "rated 'clear'",
                period: Self.spring) == nil)
        #expect(
            GroupDifference.sentence(
                group: group, .shown(count: 12, value: 6.3), others: .hidden, measure: "rated 'clear'",
                period: Self.spring) == nil)
    }
}
