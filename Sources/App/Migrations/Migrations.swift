import Fluent
import SQLKit

enum Migrations {
    /// Every schema change, in the order it was made. Append only: a released migration
    /// is never edited, a new one is added.
    static let all: [any Migration] = [
        CreateOrganisation(),
        CreateSchool(),
        CreateUser(),
        CreateSession(),
        CreateStaffInvitation(),
        CreateSignInThrottle(),
        CreateAuditEvent(),
        CreateInstallation(),
        CreatePeople(),
        AddJobRoleToUsers(),
        AddStudentReach(),
        AddRosterIdentifiers(),
        AddStudentListIndex(),
        CreateAPIToken(),
        CreateRosterImportJob(),
        CreateAgencies(),
        AddFamilySearchName(),
        CreateMeetings(),
        CreateInvitations(),
        CreateCalendarFeeds(),
        CreateParticipantReplies(),
        AddParticipantVoice(),
        CreateMeetingChanges(),
        CreateMeetingRequests(),
        CreateMeetingViews(),
        AddStudentPageVersion(),
        CreateParticipantCodes(),
        AddMeetingRun(),
        CreateRecordEntries(),
        CreateSummaries(),
        AddContactStop(),
        AddPendingChanges(),
        AddOutboxLease(),
        CreateKnownBrowsers(),
        AddSchoolStudentCounts(),
        CreateActionStatusUpdates(),
        CreateRecordEntryOwners(),
        CreateGoalProgressUpdates(),
        AddParticipantToActionStatusUpdates(),
        CreateFollowThroughView(),
        AddMeetingLeadIndexes(),
        CreateReminders(),
        CreateLooseEnds(),
        CreateCarriedShares(),
        StoreFollowThroughState(),
        CreateRosterEnrollments(),
        AddStudentFormGroup(),
        AddSummaryForStudent(),
        AddParticipantWindows(),
        CreateMeetingGuests(),
        AddDeliveryTracking(),
        AddSchoolContact(),
        CreateMeetingTexts(),
        CreateFeedbackAnswers(),
        AddWindowChangeNotice(),
        AddGuestWindows(),
        BackfillDeliveryParticipants(),
        AddAuditFilterIndexes(),
        CreateFeedbackAlerts(),
        AddFeedbackThresholds(),
        AddStudentSex(),
        CreateMeetingGroupSnapshots(),
        CreateSchoolTerms(),
        CreateStaffReflections(),
        AddSchoolTermSavedAt(),
        CreateInsightReports(),
        AddInsightIndexes(),
    ]
}

extension Database {
    func sql() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            throw AppError.badRequest("Roundtable needs an SQL database")
        }
        return sql
    }

    func createIndex(on table: String, columns: [String]) async throws {
        var builder = try sql().create(index: "idx_\(table)_\(columns.joined(separator: "_"))").on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
