import Foundation
import RoundtableCore

/// "Are you sure?" before a meeting is cancelled.
public struct CancelMeetingPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var studentNames: [String]
    /// Whether anyone has been invited, and so will be told.
    public var hasBeenShared: Bool

    public init(meetingID: MeetingID, studentNames: [String], hasBeenShared: Bool) {
        self.meetingID = meetingID
        self.studentNames = studentNames
        self.hasBeenShared = hasBeenShared
    }

    public var title: String { "Cancel the meeting?" }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            PageHeading(text: title, caption: studentNames.joined(separator: ", "))
            El("p") {
                T(
                    !hasBeenShared
                        ? "Nobody has been invited yet, so nobody will be told."
                        : "Everyone invited gets a short email saying it is cancelled, and the event leaves their calendar. Their page will say it is cancelled. Think about telling the family yourself first."
                )
            }
            PostForm(action: .meeting(meetingID, .cancel)) {
                El("button", .type("submit"), .class("button button--warning")) { T("Yes, cancel the meeting") }
            }
            El("p") { El("a", .href(.meeting(meetingID, .show()))) { T("No, keep it") } }
        }
    }
}
