import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension SchoolSettingsPage {
    /// The settings of the school `requested` (else the viewer's own, else the organisation's
    /// first), or "not found" if it is outside the organisation or the viewer may not manage it.
    /// A leader's own school came with the session: no query; any other school, one.
    static func read(
        for staff: StaffContext, requested: UUID?, on db: any SQLDatabase
    ) async throws -> SchoolSettingsPage {
        let organisationID = try staff.organisation.requireID()
        struct Row: Decodable {
            var id: UUID
            var name: String
            var head_of_year_sees_year_group: Bool
            var sen_coordinator_sees_special_needs: Bool
            var participant_code_required: Bool
            var jargon: String?
            var address: String?
            var phone: String?
        }
        var row: Row?
        if let own = staff.school, let ownID = own.id, requested == nil || requested == ownID {
            row = Row(
                id: ownID, name: own.name, head_of_year_sees_year_group: own.headOfYearSeesYearGroup,
                sen_coordinator_sees_special_needs: own.senCoordinatorSeesSpecialNeeds,
                participant_code_required: own.participantCodeRequired, jargon: own.jargon, address: own.address,
                phone: own.phone)
        } else {
            var query = db.select()
                .columns(
                    "id", "name", "head_of_year_sees_year_group", "sen_coordinator_sees_special_needs",
                    "participant_code_required", "jargon", "address", "phone"
                )
                .from(School.schema).where("organisation_id", .equal, organisationID)
            if let requested { query = query.where("id", .equal, requested) }
            row = try await query.orderBy("name").limit(1).first(decoding: Row.self)
        }
        guard let row,
            AccessPolicy.allows(
                staff.actor, .manageSchoolSettings(SchoolRef(id: row.id, organisationID: organisationID)))
        else { throw AppError.notFound }
        return SchoolSettingsPage(
            schoolID: SchoolID(row.id), schoolName: row.name, headOfYearSeesYearGroup: row.head_of_year_sees_year_group,
            senCoordinatorSeesSpecialNeeds: row.sen_coordinator_sees_special_needs,
            participantCodeRequired: row.participant_code_required,
            jargon: row.jargon ?? Jargon.text(for: Jargon.defaultList),
            contact: SchoolContactForm(address: row.address ?? "", phone: row.phone ?? ""))
    }
}
