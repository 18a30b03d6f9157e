import Foundation

/// A participant's reply, as sent from their page. Messages come from the catalog, in the
/// reader's language.
public struct ParticipantReplyForm: Sendable, Equatable {
    public enum Attendance: String, Sendable, CaseIterable, Codable {
        case coming
        case notComing = "not_coming"
        case otherTime = "other_time"
    }

    public var attendance = ""
    public var suitableTimes = ""
    public var wantsInterpreter = ""
    public var interpreterLanguage = ""
    public var accessNeeds = ""
    public var preferredMode = ""
    public var note = ""
    public var contribution = ""

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var attendance: Attendance
        public var suitableTimes: String?
        public var interpreterLanguage: String?
        public var accessNeeds: String?
        public var preferredMode: MeetingMode?
        public var note: String?
        public var contribution: String?
    }

    public func check(_ t: Localizer) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let attendance = Attendance(rawValue: self.attendance)
        if attendance == nil { errors.add("attendance", t(.errorChooseComing)) }
        let times = suitableTimes.trimmingCharacters(in: .whitespacesAndNewlines)
        if attendance == .otherTime && times.isEmpty { errors.add("suitable_times", t(.errorTimes)) }
        let wants = wantsInterpreter == "yes"
        if wants && interpreterLanguage.isEmpty {
            errors.add("interpreter_language", t(.errorInterpreterLanguage))
        }
        for (field, text, limit) in [
            ("suitable_times", times, 500), ("access_needs", accessNeeds, 500), ("note", note, 1000),
            ("contribution", contribution, 500),
        ] where text.count > limit {
            errors.add(field, t(.errorTooLong, ["count": String(limit)]))
        }
        guard errors.isEmpty, let attendance else { return .failure(FieldErrorsBox(errors)) }
        func optional(_ text: String) -> String? {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        return .success(
            Checked(
                attendance: attendance, suitableTimes: attendance == .otherTime ? optional(times) : nil,
                interpreterLanguage: wants ? interpreterLanguage : nil, accessNeeds: optional(accessNeeds),
                preferredMode: MeetingMode(rawValue: preferredMode), note: optional(note),
                contribution: optional(contribution)))
    }
}
