import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StudentProfilePage {
    /// The profile, when the person may see the student; `nil` otherwise (shown as "not
    /// found", so nobody learns that a student they may not see exists). Seven queries: the
    /// student with their school and whether this person works with them (for the same
    /// `StudentScope` question `visibleStudent` asks), then the meetings, the plan, the family,
    /// the staff, the agencies and the answers behind the trend charts. `schoolID` is for the audit line of the view.
    static func read(
        _ id: StudentID, for staff: StaffContext, notice: SiteRoute.Notice?, on db: any SQLDatabase
    ) async throws -> (page: StudentProfilePage, schoolID: UUID)? {
        struct StudentRow: Decodable {
            var schoolId: UUID
            var organisationId: UUID
            var schoolName: String
            var legalGivenName: String
            var legalFamilyName: String
            var preferredName: String?
            var dateOfBirth: Date?
            var yearGroup: Int
            var formGroup: String?
            var homeLanguages: [String]
            var hasSpecialNeeds: Bool
            var isDisadvantaged: Bool
            var learnsEnglishAsAdditionalLanguage: Bool
            var whatHelpsMe: String?
            var isLinked: Bool
        }
        let userID = try staff.user.requireID()
        guard
            let row = try await db.raw(
                """
                SELECT s.school_id, sc.organisation_id, sc.name AS school_name, s.legal_given_name,
                    s.legal_family_name, s.preferred_name, s.date_of_birth, s.year_group, s.form_group, s.home_languages,
                    s.has_special_needs, s.is_disadvantaged, s.learns_english_as_additional_language, s.what_helps_me,
                    EXISTS (SELECT 1 FROM staff_student_links l WHERE l.user_id = \(bind: userID)
                        AND l.student_id = s.id) AS is_linked
                FROM students s JOIN schools sc ON sc.id = s.school_id
                WHERE s.id = \(bind: id.rawValue)
                """
            ).first(decoding: StudentRow.self, keyDecodingStrategy: .columns)
        else { return nil }
        let facts = StudentFacts(
            schoolID: row.schoolId, organisationID: row.organisationId, yearGroup: row.yearGroup,
            hasSpecialNeeds: row.hasSpecialNeeds)
        guard StudentDirectory.scope(for: staff).includes(facts, isLinked: row.isLinked) else { return nil }
        let school = SchoolRef(id: row.schoolId, organisationID: row.organisationId)
        var page = StudentProfilePage(
            id: id, givenName: row.legalGivenName, familyName: row.legalFamilyName, preferredName: row.preferredName,
            yearGroup: row.yearGroup, formGroup: row.formGroup, schoolName: row.schoolName,
            dateOfBirth: row.dateOfBirth,
            homeLanguages: row.homeLanguages,
            support: StudentSupport(
                specialNeeds: row.hasSpecialNeeds, additionalLanguage: row.learnsEnglishAsAdditionalLanguage,
                disadvantaged: row.isDisadvantaged),
            whatHelpsMe: row.whatHelpsMe,
            meetings: try await meetings(of: id, at: school, visibleTo: staff.actor, on: db),
            plan: try await plan(of: id, organisationID: row.organisationId, for: staff.actor, on: db),
            family: try await family(of: id, on: db), staff: try await staffMembers(of: id, on: db),
            agencies: try await agencies(of: id, on: db),
            mayManage: AccessPolicy.allows(staff.actor, .manageStudents(school)),
            mayPlanMeetings: AccessPolicy.allows(staff.actor, .planMeetings(school)), notice: notice)
        // How meetings have felt (issue 14): one more read; Core keeps the points this viewer may see.
        page.trends = FeedbackTrend.lines(
            try await FeedbackTrendRead.answers(about: .student(id.rawValue), on: db), viewer: staff.actor)
        return (page, row.schoolId)
    }

    /// Family first (those with parental responsibility before others), then by name. How
    /// to reach someone who must not be contacted is not read into the page at all.
    static func family(of id: StudentID, on db: any SQLDatabase) async throws -> [FamilyMember] {
        struct Row: Decodable {
            var id: UUID
            var givenName: String
            var familyName: String
            var preferredLanguage: String
            var preferredContact: ContactChannel
            var preferredMeetingMode: MeetingMode
            var needsInterpreter: Bool
            var interpreterLanguage: String?
            var accessibilityNeeds: String?
            var email: String?
            var phone: String?
            var restriction: String?
            var relationship: FamilyRelationship
            var hasParentalResponsibility: Bool
            var livesWithStudent: Bool
        }
        let rows = try await db.raw(
            """
            SELECT f.id, f.given_name, f.family_name, f.preferred_language, f.preferred_contact,
                f.preferred_meeting_mode, f.needs_interpreter, f.interpreter_language, f.accessibility_needs,
                f.email, f.phone, f.restriction, l.relationship, l.has_parental_responsibility, l.lives_with_student
            FROM student_family_links l JOIN family_members f ON f.id = l.family_member_id
            WHERE l.student_id = \(bind: id.rawValue)
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
        return
            rows
            .sorted {
                ($0.hasParentalResponsibility ? 0 : 1, $0.familyName, $0.givenName)
                    < ($1.hasParentalResponsibility ? 0 : 1, $1.familyName, $1.givenName)
            }
            .map { row in
                let restricted = ContactRule.isRestriction(row.restriction)
                return FamilyMember(
                    id: FamilyMemberID(row.id), name: "\(row.givenName) \(row.familyName)",
                    relationship: row.relationship, hasParentalResponsibility: row.hasParentalResponsibility,
                    livesWithStudent: row.livesWithStudent, restriction: restricted ? row.restriction : nil,
                    contact: restricted
                        ? nil
                        : Contact(
                            preferredLanguage: row.preferredLanguage,
                            interpreterLanguage: row.needsInterpreter
                                ? row.interpreterLanguage ?? row.preferredLanguage : nil,
                            preferredContact: row.preferredContact, preferredMeetingMode: row.preferredMeetingMode,
                            accessibilityNeeds: row.accessibilityNeeds, email: row.email, phone: row.phone))
            }
    }

    /// Active staff linked to the student, by name.
    static func staffMembers(of id: StudentID, on db: any SQLDatabase) async throws -> [StaffMember] {
        struct Row: Decodable {
            var id: UUID
            var name: String
            var jobRole: JobRole
            var source: String
        }
        return try await db.raw(
            """
            SELECT u.id, u.name, u.job_role, l.source
            FROM staff_student_links l JOIN users u ON u.id = l.user_id
            WHERE l.student_id = \(bind: id.rawValue) AND u.is_active = \(bind: true)
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
            .sorted { $0.name < $1.name }
            .map {
                StaffMember(id: StaffID($0.id), name: $0.name, jobRole: $0.jobRole, linkedByHand: $0.source == "manual")
            }
    }

    /// The agencies that support the student, by agency then name, with the consent for each.
    static func agencies(of id: StudentID, on db: any SQLDatabase) async throws -> [Agency] {
        struct Row: Decodable {
            var id: UUID
            var consentFrom: String
            var consentDate: Date
            var consentNotes: String?
            var agency: String
            var name: String
            var role: String?
            var email: String?
            var phone: String?
        }
        return try await db.raw(
            """
            SELECT l.id, l.consent_from, l.consent_date, l.consent_notes, c.agency, c.name, c.role, c.email, c.phone
            FROM student_agency_links l JOIN agency_contacts c ON c.id = l.agency_contact_id
            WHERE l.student_id = \(bind: id.rawValue)
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
            .sorted { ($0.agency, $0.name) < ($1.agency, $1.name) }
            .map {
                Agency(
                    linkID: AgencyLinkID($0.id), agency: $0.agency, name: $0.name, role: $0.role, email: $0.email,
                    phone: $0.phone, consentFrom: $0.consentFrom, consentDate: $0.consentDate,
                    consentNotes: $0.consentNotes)
            }
    }

    /// The newest fifty meetings about the student, of which those the person may open
    /// (`Permission.viewMeeting`: whoever may open the student's page sees every student of a
    /// one-student meeting).
    static func meetings(
        of id: StudentID, at school: SchoolRef, visibleTo actor: Actor, on db: any SQLDatabase
    ) async throws -> [Meeting] {
        struct Row: Decodable {
            var id: UUID
            var type: MeetingType
            var state: MeetingState
            var startsAt: Date?
            var schoolId: UUID
            var createdById: UUID
            var leadId: UUID?
        }
        return try await db.raw(
            """
            SELECT m.id, m.type, m.state, m.starts_at, m.school_id, m.created_by_id, m.lead_id
            FROM meeting_students ms JOIN meetings m ON m.id = ms.meeting_id
            WHERE ms.student_id = \(bind: id.rawValue)
            ORDER BY m.created_at DESC LIMIT 50
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
            .filter {
                let ref = MeetingRef(
                    school: SchoolRef(id: $0.schoolId, organisationID: school.organisationID),
                    createdBy: $0.createdById,
                    leadID: $0.leadId)
                return AccessPolicy.allows(actor, .viewMeeting(ref, seesAllStudents: true, takesPart: false))
            }
            .map { Meeting(id: MeetingID($0.id), type: $0.type, startsAt: $0.startsAt, state: $0.state) }
    }
}
