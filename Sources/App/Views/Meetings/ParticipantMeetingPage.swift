import Foundation
import RoundtableCore

/// A participant's view of their meeting: only what every participant may see.
struct ParticipantMeetingPage: HTMLPage {
    var meeting: Meeting
    var details: Meetings.Details
    var students: [Student]
    var schoolName: String
    var viewerID: UUID
    var viewerName: String?
    /// The school's invitation, in the viewer's language when it was written.
    var invitation: InvitationText?
    /// The student themself: the letter to the adults is not for them.
    var isStudent = false

    private var names: String {
        students.map { $0.preferredName ?? $0.legalGivenName }.joined(separator: " and ")
    }
    var title: String { "Meeting about \(names)" }
    var isForParticipants: Bool { true }

    func content(csrfToken: String) -> Component {
        ComponentGroup {
            PageHeading(text: title, caption: schoolName)
            if meeting.state == .cancelled {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("This meeting is cancelled. ") }
                    T("The school will be in touch about what happens next.")
                }
            }
            if isStudent {
                El("p", .class("lead")) {
                    T(
                        "Your school would like to meet with you and the grown-ups who look after you. Here is when, where and who will be there. You can ask your teacher anything about it."
                    )
                }
            } else if let invitation {
                El("div", .class("invitation"), .attr("lang", invitation.language)) {
                    if let viewerName { El("p") { T("Dear \(viewerName),") } }
                    for paragraph in invitation.body.components(separatedBy: "\n\n") {
                        El("p", .class("prewrap")) { T(paragraph) }
                    }
                }
            } else {
                El("p", .class("lead")) { T(meeting.purpose) }
            }
            El("dl", .class("summary-list")) {
                SummaryRow(key: "When") {
                    T(meeting.startsAt.map(DateText.dateTime) ?? "We will tell you the date soon.")
                }
                SummaryRow(key: "How long") { T("About \(meeting.lengthMinutes) minutes") }
                SummaryRow(key: meeting.format.needsRoom ? "Where" : "How") {
                    if meeting.format.needsRoom {
                        T(details.space?.name ?? "At school")
                        if meeting.format == .hybrid { T(", or by video call") }
                    } else {
                        T(meeting.format.label)
                    }
                    if let link = meeting.videoLink, meeting.format.needsLink {
                        Leaf("br")
                        El("a", .attr("href", link), .attr("rel", "noopener noreferrer")) { T("Join the video call") }
                    }
                    if let fallback = meeting.fallbackPlan, meeting.format.needsLink {
                        Leaf("br")
                        T("If the call does not work: \(fallback)")
                    }
                }
            }
            El("h2", .class("heading-m")) { T("Who will be there") }
            El("ul", .class("list")) {
                for person in details.people {
                    El("li") {
                        if person.participant.id == viewerID {
                            T("You")
                        } else {
                            T("\(person.name), \(person.participant.role.lowercased())")
                        }
                    }
                }
            }
            let interpreters = details.people.compactMap(\.needsInterpreter)
            if !interpreters.isEmpty {
                El("p") {
                    T(
                        "An interpreter will be there for "
                            + Set(interpreters).map(LanguageName.of).sorted().joined(separator: " and ") + "."
                    )
                }
            }
            El("h2", .class("heading-m")) { T("What we will talk about") }
            El("ol", .class("list")) {
                for item in details.agenda {
                    El("li") {
                        T("\(item.title) (\(item.minutes) minutes)")
                        if item.addedAfterShare {
                            T(" ")
                            StatusTag(text: "New", tone: "blue")
                        }
                    }
                }
            }
            if !meeting.groundRules.isEmpty {
                El("h2", .class("heading-m")) { T("How we will talk together") }
                El("ul", .class("list")) { for rule in meeting.groundRules { El("li") { T(rule) } } }
            }
        }
    }
}
