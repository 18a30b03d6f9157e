import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

extension StaffDirectory {
    /// Subjects of the emails that carry an account link, so a newer link can take back an
    /// older one still waiting.
    static let accountLinkSubjects = ["Your invitation to Roundtable", "A link to choose your Roundtable password"]

    /// Emails a colleague their invitation or password link through the outbox, when a mail
    /// server is configured; returns whether it was queued. An earlier link still waiting to go
    /// to them is withdrawn: it stopped working when this one was made. The outbox keeps each
    /// message under a school, so an organisation administrator's goes under the first school.
    static func emailLink(
        _ invitation: Invitation, link: String, lifetimeDays: Int, on db: any Database, now: Date
    ) async throws -> Bool {
        let user = invitation.user
        guard let recipient = Recipient.staff(user) else { return false }
        let schoolID: UUID? =
            if let id = user.$school.id {
                id
            } else {
                try await School.query(on: db).filter(\.$organisation.$id == user.$organisation.id)
                    .sort(\.$name).first()?.id
            }
        guard let schoolID else { return false }
        try await db.transaction { db in
            let earlier = try await OutboxMessage.query(on: db).filter(\.$toEmail == recipient.email.value)
                .filter(\.$meeting.$id == nil).filter(\.$subject ~~ accountLinkSubjects)
                .filter(\.$status ~~ OutboxMessage.Status.waiting).all()
            for message in earlier {
                try await ContactStop.withdrawOne(message, reason: "a newer link was made", on: db)
            }
            let pending = user.isPending
            let body = [
                "Hello \(user.name),",
                pending
                    ? "You have been invited to Roundtable, where your school plans its meetings with families and students. Choose your password with this link:"
                    : "Here is a link to choose a new password for Roundtable:",
                link,
                "It works once, within \(lifetimeDays) days. If you were not expecting it, you can ignore this email.",
                "Roundtable",
            ].joined(separator: "\n\n")
            try await OutboxMessage(
                school: schoolID, meeting: nil, to: recipient,
                subject: accountLinkSubjects[pending ? 0 : 1], body: body, now: now
            ).create(on: db)
        }
        return true
    }
}
