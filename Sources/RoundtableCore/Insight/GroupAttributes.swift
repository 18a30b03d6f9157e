import Foundation

/// The groups one student belongs to when a meeting closes, for comparing how well each group
/// is served. Kept with the meeting (`meeting_group_snapshots`), so a later change to the
/// student or their family does not rewrite what was true then.
public struct GroupAttributes: Sendable, Equatable, Codable {
    public var yearGroup: Int
    /// The first language the record lists as spoken at home (BCP 47), nil if none.
    public var homeLanguage: String?
    /// Someone in the student's family needs an interpreter.
    public var needsInterpreter: Bool
    public var specialNeeds: Bool
    /// The student's family lives in more than one household (see `separated(_:)`).
    public var separatedParents: Bool
    /// Only when demographics.csv gave it; nil otherwise.
    public var sex: RecordedSex?
    public var disadvantaged: Bool

    public init(
        yearGroup: Int, homeLanguage: String?, needsInterpreter: Bool, specialNeeds: Bool, separatedParents: Bool,
        sex: RecordedSex?, disadvantaged: Bool
    ) {
        self.yearGroup = yearGroup
        self.homeLanguage = homeLanguage
        self.needsInterpreter = needsInterpreter
        self.specialNeeds = specialNeeds
        self.separatedParents = separatedParents
        self.sex = sex
        self.disadvantaged = disadvantaged
    }

    /// What the student's record says, as stored.
    public struct StudentFacts: Sendable, Equatable {
        public var yearGroup: Int
        public var homeLanguages: [String]
        public var hasSpecialNeeds: Bool
        public var isDisadvantaged: Bool
        public var sex: String?

        public init(
            yearGroup: Int, homeLanguages: [String], hasSpecialNeeds: Bool, isDisadvantaged: Bool, sex: String?
        ) {
            self.yearGroup = yearGroup
            self.homeLanguages = homeLanguages
            self.hasSpecialNeeds = hasSpecialNeeds
            self.isDisadvantaged = isDisadvantaged
            self.sex = sex
        }
    }

    /// One family member's link to the student.
    public struct FamilyLink: Sendable, Equatable {
        public var needsInterpreter: Bool
        public var parentalResponsibility: Bool
        public var livesWithStudent: Bool

        public init(needsInterpreter: Bool, parentalResponsibility: Bool, livesWithStudent: Bool) {
            self.needsInterpreter = needsInterpreter
            self.parentalResponsibility = parentalResponsibility
            self.livesWithStudent = livesWithStudent
        }
    }

    public init(_ student: StudentFacts, family: [FamilyLink]) {
        self.init(
            yearGroup: student.yearGroup,
            homeLanguage: student.homeLanguages.first.flatMap { $0.isEmpty ? nil : $0.lowercased() },
            needsInterpreter: family.contains(where: \.needsInterpreter), specialNeeds: student.hasSpecialNeeds,
            separatedParents: Self.separated(family), sex: student.sex.flatMap(RecordedSex.init(roster:)),
            disadvantaged: student.isDisadvantaged)
    }

    /// Families are not recorded as households, so this reads the links: someone the student
    /// lives with, and someone with parental responsibility they do not live with.
    public static func separated(_ family: [FamilyLink]) -> Bool {
        family.contains(where: \.livesWithStudent)
            && family.contains { $0.parentalResponsibility && !$0.livesWithStudent }
    }
}

/// Sex as the roster's demographics.csv gives it (OneRoster `sex`); "unspecified" is kept as
/// not recorded.
public enum RecordedSex: String, Sendable, Codable, CaseIterable {
    case female, male, other

    public init?(roster value: String) {
        self.init(rawValue: value.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// The ways students are grouped for comparison. Each splits every student into exactly one
/// group (with "not recorded" where the record may be empty), as `Suppression` needs.
public enum GroupDimension: String, Sendable, CaseIterable, Codable {
    case interpreter, homeLanguage = "home_language", specialNeeds = "special_needs", yearGroup = "year_group"
    case separatedParents = "separated_parents", sex, disadvantage

    /// The group key a student falls in.
    public func group(of attributes: GroupAttributes) -> String {
        switch self {
        case .interpreter: attributes.needsInterpreter ? "yes" : "no"
        case .homeLanguage: attributes.homeLanguage ?? "not_recorded"
        case .specialNeeds: attributes.specialNeeds ? "yes" : "no"
        case .yearGroup: String(attributes.yearGroup)
        case .separatedParents: attributes.separatedParents ? "yes" : "no"
        case .sex: attributes.sex?.rawValue ?? "not_recorded"
        case .disadvantage: attributes.disadvantaged ? "yes" : "no"
        }
    }

    /// A language's English name ("pl" → "Polish"), the code itself when unknown.
    public static func languageName(_ code: String) -> String {
        Locale(identifier: "en").localizedString(forLanguageCode: code) ?? code
    }

    /// The group's name as a sentence's subject ("families who needed an interpreter").
    public func name(ofGroup key: String) -> String {
        switch (self, key) {
        case (.interpreter, "yes"): "families who needed an interpreter"
        case (.interpreter, _): "families who did not need an interpreter"
        case (.homeLanguage, "not_recorded"): "families whose home language is not recorded"
        case (.homeLanguage, let code): "families whose home language is \(Self.languageName(code))"
        case (.specialNeeds, "yes"): "families of students with special educational needs"
        case (.specialNeeds, _): "families of students without special educational needs"
        case (.yearGroup, let year): "families of students in year \(year)"
        case (.separatedParents, "yes"): "families living in more than one household"
        case (.separatedParents, _): "families living in one household"
        case (.sex, "not_recorded"): "families of students whose sex is not recorded"
        case (.sex, let sex): "families of \(sex) students"
        case (.disadvantage, "yes"): "families of disadvantaged students"
        case (.disadvantage, _): "families of students who are not disadvantaged"
        }
    }
}
