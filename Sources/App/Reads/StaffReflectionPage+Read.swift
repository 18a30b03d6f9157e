import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StaffReflectionPage {
    /// The signed-in person's own reflection (one indexed read by meeting and author; the
    /// meeting and its students come from the access check).
    static func read(
        _ context: MeetingContext, notice: SiteRoute.Notice? = nil, on db: any SQLDatabase
    ) async throws -> StaffReflectionPage {
        let meetingID = try context.meeting.requireID()
        let stored = try await StaffReflections.own(meetingID: meetingID, viewer: context.staff.actor, on: db)
        return StaffReflectionPage(
            meetingID: MeetingID(meetingID),
            caption:
                "\(context.meeting.type.label) with \(context.students.map(\.displayName).joined(separator: " and "))",
            form: stored?.form ?? StaffReflectionForm(), savedAt: stored?.updated_at, notice: notice)
    }
}
