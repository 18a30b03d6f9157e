import Foundation
import RoundtableCore

/// After a meeting, a participant says how it felt: eight statements on a 0–10 scale for an
/// adult, four in child words with five faces for the student, one optional free answer, and
/// the choice to count only in the school's totals. Opened from their personal link; works
/// without JavaScript.
public struct FeedbackPage: HTMLPage, Sendable, Equatable {
    public var catalogLanguage: String
    public var token: String
    public var schoolName: String
    /// The student's own page: child words, informal "you", faces.
    public var isStudent: Bool
    /// What the form shows: their saved answer, or what they just sent.
    public var form: FeedbackForm
    public var errors: FieldErrors
    /// When they first answered, the last day they may change it (`FeedbackRule`); nil before.
    public var changeableUntil: Date?
    /// They may still send or change their answer (`FeedbackRule.mayAnswer`).
    public var mayAnswer: Bool
    /// They have just saved: the thanks shows at the top, where they look.
    public var justSaved: Bool

    public init(
        catalogLanguage: String, token: String, schoolName: String, isStudent: Bool,
        form: FeedbackForm = FeedbackForm(), errors: FieldErrors = FieldErrors(), changeableUntil: Date? = nil,
        mayAnswer: Bool = true, justSaved: Bool = false
    ) {
        self.catalogLanguage = catalogLanguage
        self.token = token
        self.schoolName = schoolName
        self.isStudent = isStudent
        self.form = form
        self.errors = errors
        self.changeableUntil = changeableUntil
        self.mayAnswer = mayAnswer
        self.justSaved = justSaved
    }

    var t: Localizer { Localizer(catalogLanguage, informal: isStudent) }
    var scale: FeedbackScale { isStudent ? .faces : .zeroToTen }

    public var title: String { t(isStudent ? .feedbackChildTitle : .feedbackTitle) }
    public var hasErrors: Bool { !errors.isEmpty }
    public var language: String { catalogLanguage == Catalog.pseudoLocale ? "en" : catalogLanguage }
    public var isForParticipants: Bool { true }
    public var headerName: String? { schoolName.isEmpty ? nil : schoolName }
    public var skipLinkText: String { t(.skipToContent) }
    public var footerText: String { t(.footer) }
}
