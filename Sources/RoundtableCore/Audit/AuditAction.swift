import Foundation

/// Everything the audit log records. Stored by raw value, so raw values never change.
public enum AuditAction: String, Sendable, CaseIterable, Codable {
    case setupCompleted = "setup.completed"
    case signInSucceeded = "sign_in.succeeded"
    case signInFailed = "sign_in.failed"
    case signInThrottled = "sign_in.throttled"
    case signedOut = "sign_out"
    case staffInvited = "staff.invited"
    case staffInvitationResent = "staff.invitation_resent"
    case passwordSet = "staff.password_set"
    case roleChanged = "staff.role_changed"
    case accountDeactivated = "staff.deactivated"
    case accountReactivated = "staff.reactivated"
    case schoolCreated = "school.created"
    case demoDataLoaded = "demo.loaded"
    /// Reads of sensitive records are audited too, not only changes (PRODUCT.md §5).
    case studentViewed = "student.viewed"
    case rosterImported = "roster.imported"
    case familyMemberUpdated = "family_member.updated"
    case contactRestrictionChanged = "family_member.restriction_changed"
    case jobChanged = "staff.job_changed"
    case schoolSettingsChanged = "school.settings_changed"
    case apiTokenCreated = "api_token.created"
    case apiTokenRevoked = "api_token.revoked"

    /// How the event reads in the audit log page.
    public var label: String {
        switch self {
        case .setupCompleted: "Roundtable was set up"
        case .signInSucceeded: "Signed in"
        case .signInFailed: "Sign-in failed"
        case .signInThrottled: "Sign-in paused after repeated failures"
        case .signedOut: "Signed out"
        case .staffInvited: "Invited a member of staff"
        case .staffInvitationResent: "Made a new link to choose a password"
        case .passwordSet: "Set their password"
        case .roleChanged: "Changed a role"
        case .accountDeactivated: "Switched an account off"
        case .accountReactivated: "Switched an account back on"
        case .schoolCreated: "Added a school"
        case .demoDataLoaded: "Loaded the demo school"
        case .studentViewed: "Opened a student's profile"
        case .rosterImported: "Imported a roster"
        case .familyMemberUpdated: "Changed a family member's details"
        case .contactRestrictionChanged: "Changed a contact restriction"
        case .jobChanged: "Changed what someone does"
        case .schoolSettingsChanged: "Changed who sees which students"
        case .apiTokenCreated: "Made an API token"
        case .apiTokenRevoked: "Revoked an API token"
        }
    }
}
