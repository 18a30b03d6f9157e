import Foundation
import Testing

@testable import RoundtableCore

@Suite("Who may lead a meeting")
struct MeetingLeadTests {
    @Test("One of the staff invited, or nobody; never someone left out")
    func lead() {
        let invited = UUID()
        let notInvited = UUID()
        #expect(MeetingLead.isAllowed(invited, invitedStaff: [invited]))
        #expect(MeetingLead.isAllowed(nil, invitedStaff: [invited]))
        #expect(MeetingLead.isAllowed(nil, invitedStaff: []))
        #expect(!MeetingLead.isAllowed(notInvited, invitedStaff: [invited]))
        #expect(!MeetingLead.isAllowed(invited, invitedStaff: []))
    }
}
