import Foundation
import RoundtableCore

/// Someone the family brings (an advocate, a friend): who is on the list, and adding one.
public struct GuestsPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var studentNames: [String]
    public var guests: [MeetingGuest]
    public var form: GuestForm
    public var errors = FieldErrors()
    /// The meeting's length and start, to say each guest's part of it.
    public var lengthMinutes: Int
    public var startsAt: Date?

    public init(
        meetingID: MeetingID, studentNames: [String], guests: [MeetingGuest], form: GuestForm = GuestForm(),
        lengthMinutes: Int = 60, startsAt: Date? = nil
    ) {
        self.meetingID = meetingID
        self.studentNames = studentNames
        self.guests = guests
        self.form = form
        self.lengthMinutes = lengthMinutes
        self.startsAt = startsAt
    }

    public var title: String { "Someone the family brings" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: studentNames.joined(separator: ", "))
            El("p") {
                T(
                    "An advocate, a friend or a relative who supports the family. They are on the list of who is coming, and they get no link or email from Roundtable: the family tells them about the meeting."
                )
            }
            if !guests.isEmpty {
                El("h2", .class("heading-m")) { T("On the list") }
                El("ul", .class("list list--rows")) {
                    for guest in guests {
                        El("li") {
                            El("strong") { T(guest.name) }
                            T(", \(guest.relationship.lowercased())")
                            if let part = PartWindowText.staff(
                                guest.window, lengthMinutes: lengthMinutes, startsAt: startsAt)
                            {
                                Leaf("br")
                                StatusTag(text: "Part of the meeting", tone: "grey")
                                T(" \(part)")
                            }
                            if let reach = guest.reach {
                                Leaf("br")
                                T("To reach them: \(reach)")
                            }
                            PostForm(action: .meeting(meetingID, .removeGuest(guest.id))) {
                                SecondaryButton(text: "Take \(guest.name) off the list")
                            }
                        }
                    }
                }
            }
            El("h2", .class("heading-m")) { T("Add someone") }
            PostForm(action: .meeting(meetingID, .guests)) {
                TextField(
                    name: "name", label: "Their name", value: form.name, error: errors["name"], autocomplete: "off")
                TextField(
                    name: "relationship", label: "Who they are to the family",
                    hint: "For example: advocate, family friend, grandmother.", value: form.relationship,
                    error: errors["relationship"], width: "medium")
                TextField(
                    name: "email", label: "Their email address (optional)",
                    hint: "Only if the family wants the school to be able to reach them.", value: form.email,
                    error: errors["email"], type: "email", autocomplete: "off", spellcheck: false)
                TextField(
                    name: "phone", label: "Their phone number (optional)", value: form.phone, error: errors["phone"],
                    type: "tel", autocomplete: "off", width: "medium")
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("Do they come for part of the meeting? (optional)") }
                    El("p", .class("hint")) {
                        T(
                            "The meeting is \(lengthMinutes) minutes long. Leave both empty if they come for all of it; 0 and 20 is the first 20 minutes."
                        )
                    }
                    TextField(
                        name: "from", label: "Joins after (minutes)", value: form.from, error: errors["from"],
                        width: "short", inputMode: "numeric")
                    TextField(
                        name: "until", label: "Leaves after (minutes)", value: form.until, error: errors["until"],
                        width: "short", inputMode: "numeric")
                }
                PrimaryButton(text: "Add to who is coming")
            }
        }
    }
}
