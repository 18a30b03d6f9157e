import Foundation

/// Whether a goal was agreed by everyone or set by one side (GUIDE-NOTES "Goals": say which,
/// and why).
public enum GoalAgreement: String, Sendable, CaseIterable, Codable {
    case agreed, imposed

    public var label: String {
        switch self {
        case .agreed: "Agreed together"
        case .imposed: "Set by one side"
        }
    }
}

public enum GoalMeasure: String, Sendable, CaseIterable, Codable {
    case measurable, observational

    public var label: String {
        switch self {
        case .measurable: "Measurable (a number we can check)"
        case .observational: "Observed (something people will notice)"
        }
    }
}

public struct GoalForm: Sendable, Equatable {
    public var what = ""
    public var agreement = GoalAgreement.agreed.rawValue
    public var imposedBy = ""
    public var whyImposed = ""
    public var measure = GoalMeasure.observational.rawValue
    public var target = ""
    /// A name typed for someone who was not at the meeting.
    public var owners = ""
    /// The meeting's people ticked as owners (`PersonRef.formValue`).
    public var ownerPeople: [String] = []
    /// `2026-12-03`, as a date input sends it.
    public var reviewDate = ""
    public var label = RecordLabel.shared.rawValue

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var what: String
        public var agreement: GoalAgreement
        public var imposedBy: String?
        public var whyImposed: String?
        public var measure: GoalMeasure
        public var target: String?
        public var owners: String
        public var ownerPeople: [PersonRef] = []
        public var reviewDate: Date
        public var label: RecordLabel
    }

    /// `people` are the meeting's people, who may be ticked as owners.
    public func check(today: Date, people: [MeetingPerson] = []) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let what = RecordFormCheck.text(
            self.what, field: "what", limit: RecordLimit.statement, missing: "Enter the goal in a sentence",
            into: &errors)
        let agreement = GoalAgreement(rawValue: self.agreement)
        if agreement == nil { errors.add("agreement", "Choose whether the goal was agreed together") }
        let imposedBy = Text.clean(self.imposedBy)
        let whyImposed = RecordFormCheck.text(
            self.whyImposed, field: "why_imposed", limit: RecordLimit.whyImposed, missing: nil, into: &errors)
        if agreement == .imposed {
            if imposedBy.isEmpty { errors.add("imposed_by", "Enter who set this goal") }
            if whyImposed.isEmpty {
                errors.add("why_imposed", "Say why the goal was set without everyone agreeing")
            }
        }
        if imposedBy.count > RecordLimit.imposedBy {
            errors.add("imposed_by", "Use \(RecordLimit.imposedBy) characters or fewer")
        }
        let measure = GoalMeasure(rawValue: self.measure)
        if measure == nil { errors.add("measure", "Choose how you will know the goal is met") }
        let target = RecordFormCheck.text(
            self.target, field: "target", limit: RecordLimit.target,
            missing: measure == .measurable ? "Enter the number or level you are aiming for" : nil,
            into: &errors)
        let owners = OwnerPick.check(
            ticked: ownerPeople, someoneElse: self.owners, people: people, field: "owners",
            limit: RecordLimit.goalOwners, missing: "Choose who is working on this goal, or enter their name",
            into: &errors)
        let review = RecordFormCheck.futureDay(
            reviewDate, field: "review_date", missing: "Enter when you will look at this goal again",
            today: today, into: &errors)
        let label = RecordFormCheck.label(self.label, kind: .goal, into: &errors)
        guard errors.isEmpty, let agreement, let measure, let review, let label else {
            return .failure(FieldErrorsBox(errors))
        }
        // Reasons typed before switching to "agreed" are dropped, so they cannot mislead later.
        let imposed = agreement == .imposed
        return .success(
            Checked(
                what: what, agreement: agreement,
                imposedBy: imposed ? imposedBy : nil, whyImposed: imposed ? whyImposed : nil,
                measure: measure, target: RecordFormCheck.optional(target), owners: owners.names,
                ownerPeople: owners.people, reviewDate: review, label: label))
    }
}
