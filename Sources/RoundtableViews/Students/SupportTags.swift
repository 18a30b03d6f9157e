import RoundtableCore

/// The support a student's record notes, as the student pages show it.
public struct StudentSupport: Sendable, Equatable {
    public var specialNeeds: Bool
    public var additionalLanguage: Bool
    public var disadvantaged: Bool

    public init(specialNeeds: Bool = false, additionalLanguage: Bool = false, disadvantaged: Bool = false) {
        self.specialNeeds = specialNeeds
        self.additionalLanguage = additionalLanguage
        self.disadvantaged = disadvantaged
    }
}

/// Support flags as tags, always in words.
public struct SupportTags: Component {
    public var support: StudentSupport

    public init(support: StudentSupport) {
        self.support = support
    }

    public var body: Component {
        El("span", .class("tags")) {
            if support.specialNeeds { StatusTag(text: "Special needs", tone: "blue") }
            if support.additionalLanguage { StatusTag(text: "Learning English", tone: "grey") }
            if support.disadvantaged { StatusTag(text: "Extra funding", tone: "grey") }
            if !support.specialNeeds && !support.additionalLanguage && !support.disadvantaged {
                El("span", .class("muted")) { T("None") }
            }
        }
    }
}
