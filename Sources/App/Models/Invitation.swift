import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// The invitation a school wrote for a meeting, in one language.
final class InvitationText: Model, @unchecked Sendable {
    static let schema = "invitation_texts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    /// BCP 47 code: "en", "ar", "zh-Hans".
    @Field(key: "language") var language: String
    @Field(key: "body") var body: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// A participant's personal link to their meeting page. Only the SHA-256 of the token is
/// kept; the token itself travels once, in their invitation.
final class ParticipantLink: Model, @unchecked Sendable {
    static let schema = "participant_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "participant_id") var participant: MeetingParticipant
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    /// The language the person chose on their page, remembered for this link.
    @OptionalField(key: "language") var language: String?
    /// Handed over by a member of staff (copied or printed), not emailed: no emailed code is asked.
    @Field(key: "handed") var handed: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// An email waiting to go, or gone. Without SMTP configured, messages wait here and
/// administrators can read them on the outbox page.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    enum Status: String, Codable, Sendable {
        case queued, sending, sent, failed
        /// Taken back before it went: a contact restriction, stopped links, or taken out of a family.
        case withdrawn
        /// A leader took it to pass on by hand; Roundtable will not send it.
        case handedOver = "handed_over"

        /// Not gone yet and not given up on by anyone: the sender will try it. Only these may
        /// be withdrawn or passed on by hand.
        static let waiting: [Status] = [.queued, .failed]
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    @OptionalParent(key: "meeting_id") var meeting: Meeting?
    @Field(key: "to_email") var toEmail: String
    @Field(key: "to_name") var toName: String
    /// Neutral: never a student's name or the meeting's subject.
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    /// An iCalendar file to attach, when the message is about a meeting's time.
    @OptionalField(key: "calendar") var calendar: String?
    @Enum(key: "status") var status: Status
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    /// The family member it is for, so a contact restriction can withdraw it.
    @OptionalField(key: "family_member_id") var familyMemberID: UUID?
    /// The meeting participant it is for, so the meeting page can say how it went.
    @OptionalField(key: "participant_id") var participantID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// While `sending`: until when the claim holds, and whose it is (see `Outbox.lease`).
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    @OptionalField(key: "claimed_by") var claimedBy: UUID?

    init() {}

    /// A message waiting for the sender: every email joins the outbox this one way, and only
    /// to a `Recipient`, which exists only once the contact rule has said yes.
    init(
        school: UUID, meeting: UUID?, to recipient: Recipient, subject: String, body: String,
        calendar: String? = nil, now: Date
    ) {
        self.$school.id = school
        self.$meeting.id = meeting
        self.toEmail = recipient.email.value
        self.toName = recipient.name
        self.familyMemberID = recipient.familyMemberID
        self.subject = subject
        self.body = body
        self.calendar = calendar
        self.participantID = recipient.participantID
        self.status = .queued
        self.attempts = 0
        self.nextAttemptAt = now
    }
}
