import Foundation
import RoundtableCore

/// The planner's main form: purpose, time, how people meet, and how the meeting will be held.
public struct MeetingPlanPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var type: MeetingType
    public var studentNames: [String]
    public var form: MeetingPlanForm
    public var errors: FieldErrors

    public init(
        meetingID: MeetingID, type: MeetingType, studentNames: [String], form: MeetingPlanForm,
        errors: FieldErrors = FieldErrors()
    ) {
        self.meetingID = meetingID
        self.type = type
        self.studentNames = studentNames
        self.form = form
        self.errors = errors
    }

    public var title: String { "Plan: \(type.label)" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: studentNames.joined(separator: ", "))
            PostForm(action: .meeting(meetingID, .plan)) {
                TextArea(
                    name: "purpose", label: "Why we are meeting",
                    hint:
                        "Everyone invited reads this first, including the family and the student. Say plainly what the meeting is about and what you hope to agree. Avoid “to discuss progress”: it worries people without telling them anything.",
                    value: form.purpose, error: errors["purpose"])
                RadioGroup(
                    name: "requested_by", legend: "Who asked for the meeting?",
                    options: RequestedBy.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: form.requestedBy, error: errors["requested_by"])
                RadioGroup(
                    name: "urgency", legend: "How soon does it need to happen?",
                    hint: "For an urgent meeting the preparation list is shortened to what matters most.",
                    options: Urgency.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: form.urgency, error: errors["urgency"])
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("When") }
                    El("p", .class("hint")) { T("You can leave the date open while the plan is a draft.") }
                    TextField(
                        name: "date", label: "Date", value: form.date, error: errors["date"], type: "date",
                        width: "medium")
                    TextField(
                        name: "start_time", label: "Start time", hint: "For example 15:30.", value: form.startTime,
                        error: errors["start_time"], type: "time", width: "short")
                    TextField(
                        name: "length_minutes", label: "Length in minutes",
                        hint: "The time boundary: the meeting ends on time, and what is left goes to another meeting.",
                        value: form.lengthMinutes, error: errors["length_minutes"], autocomplete: "off",
                        width: "short")
                }
                RadioGroup(
                    name: "format", legend: "How will people meet?",
                    options: MeetingFormat.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: form.format, error: errors["format"])
                TextField(
                    name: "video_link", label: "Video call link", hint: "Only for video or hybrid meetings.",
                    value: form.videoLink, error: errors["video_link"], type: "url", autocomplete: "off",
                    spellcheck: false)
                TextArea(
                    name: "fallback_plan", label: "If the call does not work",
                    hint: "For example: “We will phone you on the number you gave us.”", value: form.fallbackPlan,
                    error: errors["fallback_plan"])
                TextArea(
                    name: "ground_rules", label: "Ground rules", hint: "One rule on each line.",
                    value: form.groundRules, error: errors["ground_rules"])
                TextArea(
                    name: "views_plan", label: "How each person's view will be heard",
                    hint: "For example: the student speaks first; the family gets the questions in advance.",
                    value: form.viewsPlan, error: errors["views_plan"])
                TextArea(
                    name: "inclusion_notes", label: "Language, culture, access and timing",
                    hint:
                        "Interpreter, how the family's home country talks about school results, access needs, work and childcare times.",
                    value: form.inclusionNotes, error: errors["inclusion_notes"])
                TextArea(
                    name: "difficult_notes", label: "Difficult news or feelings to be ready for",
                    hint: "Staff only. What might be hard to hear or say, and how you will handle it kindly.",
                    value: form.difficultNotes, error: errors["difficult_notes"])
                PrimaryButton(text: "Save the plan")
            }
        }
    }
}

/// The agenda form shown again with a problem.
public struct MeetingAgendaPage: HTMLPage, Sendable, Equatable {
    public var type: MeetingType
    public var studentNames: [String]
    /// The agenda with the form as it was sent, and its errors.
    public var agenda: MeetingAgendaSection

    public init(type: MeetingType, studentNames: [String], agenda: MeetingAgendaSection) {
        self.type = type
        self.studentNames = studentNames
        self.agenda = agenda
    }

    public var title: String { "Agenda: \(type.label)" }
    public var hasErrors: Bool { !agenda.errors.isEmpty }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(agenda.meetingID, .show()), text: "Back to the meeting")
            ErrorSummary(errors: agenda.errors)
            PageHeading(text: title, caption: studentNames.joined(separator: ", "))
            agenda
        }
    }
}
