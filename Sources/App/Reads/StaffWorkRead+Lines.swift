import Foundation
import RoundtableCore
import RoundtableViews

extension StaffWorkRead {
    /// The candidates in reach, turned into lines by Core's rules, in the order the home page
    /// shows them, with the count beside "Home".
    static func list(_ items: [Item], for staff: StaffContext, now: Date, timeZone: TimeZone) -> StaffWorkList {
        let me = staff.user.id
        var corrections: [(item: Item, count: Int)] = []
        var needs: [HomePage.NeedLine] = []
        var actions: [(line: HomePage.FollowLine, overdue: Bool)] = []
        var reviews: [(line: HomePage.FollowLine, due: Bool)] = []
        for item in items {
            let row = item.first
            let meeting = row.meeting_id.map { MeetingID($0) }
            switch row.kind {
            case "correction":
                // One line a meeting, however many people asked.
                if let index = corrections.firstIndex(where: { $0.item.first.meeting_id == row.meeting_id }) {
                    corrections[index].count += 1
                } else {
                    corrections.append((item, 1))
                }
            case "needs":
                guard let meeting else { continue }
                // The person leads the meeting: what they may read of a reply is the lead's.
                let person = row.who ?? "Someone invited"
                if let language = row.detail, !language.isEmpty,
                    RecordVisibility.canRead(.interpreterLanguage, .lead)
                {
                    needs.append(
                        .init(
                            reason: .interpreter(person: person, language: LanguageName.of(language)),
                            subject: item.meetingName, when: row.starts_at, link: .meeting(meeting, .show())))
                }
                if let access = row.text, !access.isEmpty, RecordVisibility.canRead(.accessNeeds, .lead) {
                    needs.append(
                        .init(
                            reason: .accessNeeds(person: person), subject: item.meetingName, when: row.starts_at,
                            link: .meeting(meeting, .show())))
                }
            case "request":
                needs.append(
                    .init(
                        reason: .familyRequest(row.detail.flatMap(Urgency.init(rawValue:)) ?? .routine),
                        subject: item.studentNames.joined(separator: ", "), when: row.at,
                        link: .meetingRequests()))
            case "summary":
                guard let meeting, let state = row.state, MeetingLifecycle(state).awaitsSummary else { continue }
                needs.append(
                    .init(
                        reason: .summaryNotShared, subject: item.meetingName, when: row.starts_at,
                        link: .meeting(meeting, .summary())))
            case "alert":
                // Owned by the person: a participant's low answers about a meeting (issue 14).
                needs.append(
                    .init(
                        reason: .feedbackAlert(person: row.who ?? "Someone invited"), subject: item.meetingName,
                        when: row.at, link: .feedbackAlert(FeedbackAlertID(row.item_id))))
            case "prepare":
                guard let meeting, let state = row.state, let urgency = row.urgency,
                    let left = StaffWork.preparationLeft(
                        state: state, startsAt: row.starts_at, urgency: urgency,
                        preparationDone: row.preparation_done ?? [], now: now)
                else { continue }
                needs.append(
                    .init(
                        reason: .preparation(done: left.done, of: left.of), subject: item.meetingName,
                        when: row.starts_at, link: .meeting(meeting, .show())))
            default:
                guard let meeting, let due = row.due, let label = row.label,
                    let kind = RecordEntryKind(rawValue: row.kind),
                    StaffWork.isDueSoon(due: due, now: now, timeZone: timeZone),
                    RecordVisibility.canSee(
                        .staff(
                            isLeadOrOwner: !item.isOwned, isLeader: staff.actor.role >= .schoolLeader, takesPart: false),
                        kind: kind, label: label, isAuthor: row.author_id != nil && row.author_id == me)
                else { continue }
                let fromYourMeeting = !item.isOwned
                if kind == .action, let status = row.status.flatMap(ActionStatus.init(rawValue:)), !status.isSettled {
                    let overdue = ActionStatus.isOverdue(status: status, due: due, now: now, timeZone: timeZone)
                    actions.append(
                        (
                            .init(
                                text: row.text ?? "", subject: item.meetingName, due: due, isOverdue: overdue,
                                fromYourMeeting: fromYourMeeting, link: .meeting(meeting, .record())), overdue
                        ))
                } else if kind == .goal, let status = row.status.flatMap(GoalStatus.init(rawValue:)), !status.isSettled
                {
                    reviews.append(
                        (
                            .init(
                                text: row.text ?? "", subject: item.meetingName, due: due,
                                isOverdue: StaffWork.isReviewLate(due: due, now: now, timeZone: timeZone),
                                fromYourMeeting: fromYourMeeting, link: .meeting(meeting, .record())),
                            StaffWork.isReviewDue(due: due, now: now, timeZone: timeZone)
                        ))
                }
            }
        }
        let answers = corrections.compactMap { entry -> HomePage.NeedLine? in
            guard let id = entry.item.first.meeting_id else { return nil }
            return .init(
                reason: .corrections(entry.count), subject: entry.item.meetingName, when: entry.item.first.starts_at,
                link: .meeting(MeetingID(id), .summary()))
        }
        // Answers to families first, then what is closest in time.
        let rest = needs.sorted { ($0.when ?? .distantFuture) < ($1.when ?? .distantFuture) }
        let byDue = { (a: HomePage.FollowLine, b: HomePage.FollowLine) in
            a.due == b.due ? a.text < b.text : a.due < b.due
        }
        var list = StaffWorkList()
        list.needsYou = answers + rest
        list.actions = actions.map(\.line).sorted(by: byDue)
        list.reviews = reviews.map(\.line).sorted(by: byDue)
        list.count = list.needsYou.count + actions.filter(\.overdue).count + reviews.filter(\.due).count
        return list
    }
}
