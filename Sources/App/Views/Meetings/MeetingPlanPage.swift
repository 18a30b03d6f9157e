import Foundation
import RoundtableCore
import RoundtableViews

/// The planner's main form: purpose, time, how people meet, and how the meeting will be held.
struct MeetingPlanPage: HTMLPage {
    var context: MeetingContext
    var form: MeetingPlanForm
    var errors = FieldErrors()

    var title: String { "Plan: \(context.meeting.type.label)" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        let names = context.students.map(\.displayName).joined(separator: ", ")
        return ComponentGroup {
            BackLink(route: .meeting(context.meeting.id!), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: names)
            PostForm(action: .meetingPlan(context.meeting.id!)) {
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
struct MeetingAgendaPage: HTMLPage {
    var context: MeetingContext
    var details: Meetings.Details
    var form: AgendaItemForm
    var errors: FieldErrors

    var title: String { "Agenda: \(context.meeting.type.label)" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(context.meeting.id!), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: context.students.map(\.displayName).joined(separator: ", "))
            MeetingAgendaSection(
                meeting: context.meeting, items: details.agenda, mayChange: true, form: form,
                errors: errors)
        }
    }
}

/// Choosing who is invited from the students' circles, and who leads.
struct MeetingParticipantsPage: HTMLPage {
    var context: MeetingContext
    var options: Meetings.Options

    var title: String { "Who is coming" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(context.meeting.id!), text: "Back to the meeting")
            PageHeading(text: title, caption: context.students.map(\.displayName).joined(separator: ", "))
            if !options.restricted.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Cannot be invited: ") }
                    T("\(options.restricted.joined(separator: ", ")) must not be contacted.")
                }
            }
            PostForm(action: .meetingParticipants(context.meeting.id!)) {
                for kind in ParticipantKind.allCases {
                    let group = options.options.filter { $0.kind == kind }
                    if !group.isEmpty {
                        El("fieldset", .class("fieldset field")) {
                            El("legend", .class("legend")) { T(kind.label) }
                            El("div", .class("checkboxes")) {
                                for option in group {
                                    El("div", .class("checkbox")) {
                                        Leaf(
                                            "input",
                                            attributes: [
                                                .class("checkbox__input"), .id(option.key), .name("invite[]"),
                                                .type("checkbox"), .value(option.key),
                                            ] + (option.invited ? [.flag("checked")] : []))
                                        El("label", .class("checkbox__label"), .for(option.key)) {
                                            T("\(option.name), \(option.role.lowercased())")
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                SelectField(
                    name: "lead", label: "Who leads the meeting?",
                    hint: "One of the staff invited, or nobody in particular.",
                    options: [("", "Nobody in particular")]
                        + options.options.filter { $0.kind == .staff }.map { ($0.userID!.uuidString, $0.name) },
                    selected: options.leadID?.uuidString ?? "")
                PrimaryButton(text: "Save")
            }
        }
    }
}

extension MeetingAgendaSection {
    /// The agenda section from the loaded meeting, for the pages still drawn from models.
    init(meeting: Meeting, items: [AgendaItem], mayChange: Bool, form: AgendaItemForm, errors: FieldErrors) {
        self.init(
            meetingID: MeetingID(meeting.id!), lengthMinutes: meeting.lengthMinutes,
            items: items.map {
                .init(
                    id: AgendaItemID($0.id!), title: $0.title, minutes: $0.minutes, proposedBy: $0.proposedBy,
                    addedAfterShare: $0.addedAfterShare, notes: $0.notes)
            }, mayChange: mayChange, form: form, errors: errors)
    }
}
