import Foundation
import RoundtableCore

/// When someone joins and leaves, for a person who comes for part of the meeting.
public struct PartTimePage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var participantID: ParticipantID
    public var personName: String
    public var lengthMinutes: Int
    public var startsAt: Date?
    /// What the form shows: minutes from the start, as typed.
    public var from: String
    public var until: String
    public var errors = FieldErrors()

    public init(
        meetingID: MeetingID, participantID: ParticipantID, personName: String, lengthMinutes: Int, startsAt: Date?,
        from: String, until: String
    ) {
        self.meetingID = meetingID
        self.participantID = participantID
        self.personName = personName
        self.lengthMinutes = lengthMinutes
        self.startsAt = startsAt
        self.from = from
        self.until = until
    }

    public var title: String { "When does \(personName) join?" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    private var meetingTime: String {
        let length = "\(lengthMinutes) minutes"
        guard let startsAt else { return "The meeting is \(length) long. It has no date yet." }
        let end = startsAt.addingTimeInterval(Double(lengthMinutes) * 60)
        return "The meeting runs \(DateText.time(startsAt))–\(DateText.time(end)) (\(length))."
    }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: "Coming for part of the meeting")
            El("p") {
                T(
                    "\(meetingTime) Say when they join and leave, in minutes from the start: 0 and 20 is the first 20 minutes."
                )
            }
            PostForm(action: .meeting(meetingID, .partTime(participantID))) {
                TextField(
                    name: "from", label: "Joins after (minutes)", hint: "0 is the start of the meeting.", value: from,
                    error: errors["from"], width: "short", inputMode: "numeric")
                TextField(
                    name: "until", label: "Leaves after (minutes)",
                    hint: "\(lengthMinutes) is the end of the meeting.", value: until, error: errors["until"],
                    width: "short", inputMode: "numeric")
                El("div", .class("field")) { PrimaryButton(text: "Save their time") }
            }
            PostForm(action: .meeting(meetingID, .partTime(participantID))) {
                Leaf("input", attributes: [.type("hidden"), .name("whole"), .value("1")])
                SecondaryButton(text: "They come for the whole meeting")
            }
        }
    }
}
