import Foundation
import RoundtableCore

/// One thing said after the meeting about how a goal is going.
public struct GoalProgressLine: Sendable, Equatable {
    public var status: GoalStatus
    public var note: String?
    /// For a measurable goal: what was seen against its target.
    public var observed: String?
    public var nextReview: Date?
    /// Who said it (a member of staff, or a family member or the student from their link);
    /// `nil` when their record is gone.
    public var byName: String?
    public var at: Date
    /// Said by a family member or the student from their link: a note, never a status of theirs.
    public var fromParticipant: Bool
    /// Their words are kept from this viewer (other staff who work with the student).
    public var wordsWithheld: Bool

    public init(
        status: GoalStatus, note: String? = nil, observed: String? = nil, nextReview: Date? = nil, byName: String?,
        at: Date, fromParticipant: Bool = false, wordsWithheld: Bool = false
    ) {
        self.status = status
        self.note = note
        self.observed = observed
        self.nextReview = nextReview
        self.byName = byName
        self.at = at
        self.fromParticipant = fromParticipant
        self.wordsWithheld = wordsWithheld
    }
}

extension GoalStatus {
    var tone: String {
        switch self {
        case .achieved: "green"
        case .goingOn: "blue"
        case .notStarted, .changed, .stopped: "grey"
        }
    }
}

extension RecordPage {
    /// Where a goal stands, when it is next looked at, what was said about it since the
    /// meeting, and (for those who may change the meeting, once it is over) a short form.
    func goalProgressBlock(_ entry: RecordLine) -> Component {
        let lines = goalProgress[entry.id] ?? []
        let current = lines.last?.status ?? GoalStatus.initial
        let review = lines.last(where: { $0.nextReview != nil })?.nextReview ?? entry.date
        let reviewDue =
            !current.isSettled
            && ActionStatus.isOverdue(
                status: .open, due: review, now: RenderContext.current.now, timeZone: RenderContext.current.timeZone)
        let draft = statusDraft?.entryID == entry.id ? statusDraft : nil
        let suffix = entry.id.fieldSuffix
        return ComponentGroup {
            El("p", .class("action-status")) {
                T("How it is going: ")
                StatusTag(text: current.label, tone: current.tone)
                // The record already says the first review date; a new one, or a due one, is news.
                if let review, !current.isSettled, review != entry.date || reviewDue {
                    T(" Next review: \(DateText.day(review)). ")
                    if reviewDue { StatusTag(text: "Review due", tone: "red") }
                }
            }
            if !lines.isEmpty {
                El("ul", .class("list")) {
                    for line in lines {
                        El("li") {
                            if line.fromParticipant {
                                // A family's note: the status beside it was not theirs to set.
                                T("\(DateText.dateTime(line.at)), \(line.byName ?? "someone") added a note")
                                if line.wordsWithheld {
                                    T(" (their words are for the lead, staff at the meeting and leaders)")
                                }
                            } else {
                                T("\(DateText.dateTime(line.at)), \(line.byName ?? "someone"): \(line.status.label)")
                            }
                            if let observed = line.observed { T(". Seen: \(observed)") }
                            if let next = line.nextReview { T(". Next review: \(DateText.day(next))") }
                            if let note = line.note {
                                T(". ")
                                El("span", .class("prewrap"), .attr("dir", "auto")) { T(note) }
                            }
                        }
                    }
                }
            }
            if flags.mayFollowThrough {
                El("details", attributes: [.class("details")] + (draft != nil ? [.flag("open")] : [])) {
                    El("summary") { T("Say how it is going") }
                    PostForm(action: .meeting(meetingID, .actionStatus(entry.id))) {
                        RadioGroup(
                            name: "status" + suffix, legend: "How is the goal going?",
                            options: GoalStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: draft?.status ?? current.rawValue, error: draft?.errors["status" + suffix])
                        if let target = entry.target {
                            TextField(
                                name: "observed" + suffix, label: "What you see now (optional)",
                                hint: "The target is: \(target)", value: draft?.observed ?? "",
                                error: draft?.errors["observed" + suffix])
                        }
                        TextField(
                            name: "next_review" + suffix, label: "Next review (optional)",
                            hint: "Leave it empty to keep the date as it is.", value: draft?.nextReview ?? "",
                            error: draft?.errors["next_review" + suffix], type: "date", width: "medium")
                        TextArea(
                            name: "note" + suffix, label: "A note (optional)",
                            hint: "Staff who can read this goal read the note too.", value: draft?.note ?? "",
                            error: draft?.errors["note" + suffix])
                        PrimaryButton(text: "Save")
                    }
                }
            }
        }
    }
}
