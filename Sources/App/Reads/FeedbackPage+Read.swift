import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension FeedbackPage {
    /// The school's name for the page's header (the answer itself is `FeedbackAnswers.current`).
    static func schoolName(of meeting: Meeting, on db: any SQLDatabase) async throws -> String {
        struct Row: Decodable { var name: String }
        return try await db.select().column("name").from(School.schema)
            .where("id", .equal, meeting.$school.id).first(decoding: Row.self)?.name ?? ""
    }
}
