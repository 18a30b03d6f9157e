import Foundation
import RoundtableCore

/// A row that names a person with one column per kind (`meeting_participants`,
/// `record_entry_owners`): the person the kind names, or nil when that record is gone.
protocol PersonColumns {
    var kind: ParticipantKind { get }
    var user_id: UUID? { get }
    var family_member_id: UUID? { get }
    var student_id: UUID? { get }
    var agency_contact_id: UUID? { get }
}

extension PersonColumns {
    var person: PersonRef? {
        PersonRef(kind: kind, user: user_id, family: family_member_id, student: student_id, agency: agency_contact_id)
    }
}
