import Foundation

/// The kinds of event a reader of the audit log looks for, in plain words. Each recorded
/// action belongs to exactly one kind (a unit test holds every `AuditAction` to that), so a
/// new action must be placed before it can be filtered.
public enum AuditKind: String, Sendable, CaseIterable {
    case signingIn = "signing_in"
    case staffAccounts = "staff_accounts"
    case lookedAt = "looked_at"
    case studentsAndFamilies = "students_and_families"
    case meetings
    case participants
    case schoolSetup = "school_setup"
    case downloads

    public var label: String {
        switch self {
        case .signingIn: "Signing in and out"
        case .staffAccounts: "Staff accounts and API tokens"
        case .lookedAt: "Opening a student or a meeting"
        case .studentsAndFamilies: "Changes to students and families"
        case .meetings: "Planning, running and recording meetings"
        case .participants: "What families, students and agencies did from their links"
        case .schoolSetup: "School settings, rooms and imports"
        case .downloads: "Downloads of the audit log"
        }
    }

    public var actions: [AuditAction] { AuditAction.allCases.filter { $0.kind == self } }
}

extension AuditAction {
    public var kind: AuditKind {
        switch self {
        case .signInSucceeded, .signInFailed, .signInThrottled, .signedOut: .signingIn
        case .staffInvited, .staffInvitationResent, .passwordSet, .roleChanged, .accountDeactivated,
            .accountReactivated, .jobChanged, .apiTokenCreated, .apiTokenRevoked, .remindersChanged:
            .staffAccounts
        case .studentViewed, .meetingViewed: .lookedAt
        case .studentCreated, .studentUpdated, .familyMemberUpdated, .contactRestrictionChanged, .familyEmailChanged,
            .familyMemberAdded, .familyLinkChanged, .familyMemberUnlinked, .staffLinked, .staffUnlinked,
            .agencyLinked, .agencyUnlinked:
            .studentsAndFamilies
        case .meetingCreated, .meetingChanged, .meetingShared, .invitationSaved, .meetingTextsSaved,
            .participantLinkMade, .linkHandedOver, .repliesChased, .meetingStarted, .meetingClosed, .recordAmended,
            .recordShared, .actionStatusRecorded, .goalProgressRecorded, .carriedShared, .looseEndsDecided,
            .meetingRequestAnswered, .emailHandedOver, .feedbackAlertClosed, .staffReflectionSaved:
            .meetings
        case .participantPageOpened, .participantReplied, .participantVoiceSaved, .meetingRequested,
            .participantCodeSent, .summaryAnswered, .participantCodeAccepted, .participantCodeRefused, .feedbackGiven,
            .feedbackChanged:
            .participants
        case .setupCompleted, .schoolCreated, .demoDataLoaded, .rosterImported, .schoolSettingsChanged, .spaceChanged,
            .schoolTermsChanged, .feedbackThresholdsChanged:
            .schoolSetup
        case .auditExported: .downloads
        }
    }
}
