import Foundation

/// Who may lead a meeting: one of the staff invited to it, or nobody in particular.
public enum MeetingLead {
    public static func isAllowed(_ lead: UUID?, invitedStaff: Set<UUID>) -> Bool {
        lead.map(invitedStaff.contains) ?? true
    }
}
