import Foundation
import RoundtableCore
import Tagged

/// Where the lead turns the record into the participants' summary: a preview of exactly what
/// they read, a readability score and the jargon to explain, what happens next in each
/// language, sharing, and the participants' answers.
public struct SummaryWritePage: HTMLPage, Sendable, Equatable {
    /// A participant's confirmation or correction, with the school's answer.
    public struct Response: Sendable, Equatable {
        public var id: SummaryResponseID
        /// Who said it ("Someone" when they are no longer a participant).
        public var name: String
        public var kind: ParticipantSummaryContent.Response.Kind
        public var text: String?
        public var createdAt: Date?
        public var answer: String?

        public init(
            id: SummaryResponseID, name: String, kind: ParticipantSummaryContent.Response.Kind, text: String?,
            createdAt: Date?, answer: String?
        ) {
            self.id = id
            self.name = name
            self.kind = kind
            self.text = text
            self.createdAt = createdAt
            self.answer = answer
        }
    }

    public var meetingID: MeetingID
    public var meetingType: MeetingType
    public var studentNames: [String]
    public var schoolID: SchoolID
    /// School leaders change the school's jargon list themselves.
    public var mayChangeJargon: Bool
    /// The summary as participants read it, from the shared parts of the record.
    public var summary: ParticipantSummary
    public var heldOn: Date?
    /// Whether it may be shared now; else when it was.
    public var mayShare: Bool
    public var recordSharedAt: Date?
    /// The meeting is closed and its summary not yet shared.
    public var awaitsSummary: Bool
    /// The readability of every word a participant reads in English, and the school jargon in it.
    public var readability: String
    public var jargon: [JargonEntry]
    /// Languages the family reads that Roundtable translates (not English), and those it does not.
    public var readersLanguages: [String]
    public var untranslatedLanguages: [String]
    /// Languages with something written in them.
    public var writtenLanguages: [String]
    /// The language being written and previewed (the page itself stays English).
    public var writing: String
    public var nextSteps: String
    public var translation: String
    /// The few lines for the student, as typed or saved in the language being written.
    public var forStudent: String
    /// The student's name when they take part in the meeting: only then is there a page to write for.
    public var studentTakingPart: String?
    /// What is saved for the language being written (else English's next steps), for the preview.
    public var previewNextSteps: ParticipantSummaryContent.NextSteps?
    public var savedTranslation: String?
    public var responses: [Response]
    public var errors: FieldErrors
    /// What was typed in an answer that could not be sent, by response.
    public var answers: [SummaryResponseID: String]
    public var handed: [HandedLink]
    public var notice: SiteRoute.Notice?

    public init(
        meetingID: MeetingID, meetingType: MeetingType, studentNames: [String], schoolID: SchoolID,
        mayChangeJargon: Bool, summary: ParticipantSummary, heldOn: Date?, mayShare: Bool, recordSharedAt: Date?,
        awaitsSummary: Bool, readability: String, jargon: [JargonEntry], readersLanguages: [String],
        untranslatedLanguages: [String], writtenLanguages: [String], writing: String, nextSteps: String,
        translation: String, forStudent: String = "", studentTakingPart: String? = nil,
        previewNextSteps: ParticipantSummaryContent.NextSteps?, savedTranslation: String?,
        responses: [Response], errors: FieldErrors = FieldErrors(), answers: [SummaryResponseID: String] = [:],
        handed: [HandedLink] = [], notice: SiteRoute.Notice? = nil
    ) {
        self.meetingID = meetingID
        self.meetingType = meetingType
        self.studentNames = studentNames
        self.schoolID = schoolID
        self.mayChangeJargon = mayChangeJargon
        self.summary = summary
        self.heldOn = heldOn
        self.mayShare = mayShare
        self.recordSharedAt = recordSharedAt
        self.awaitsSummary = awaitsSummary
        self.readability = readability
        self.jargon = jargon
        self.readersLanguages = readersLanguages
        self.untranslatedLanguages = untranslatedLanguages
        self.writtenLanguages = writtenLanguages
        self.writing = writing
        self.nextSteps = nextSteps
        self.translation = translation
        self.forStudent = forStudent
        self.studentTakingPart = studentTakingPart
        self.previewNextSteps = previewNextSteps
        self.savedTranslation = savedTranslation
        self.responses = responses
        self.errors = errors
        self.answers = answers
        self.handed = handed
        self.notice = notice
    }

    public var title: String { "Summary for the participants" }
    public var area: StaffArea? { .meetings }
    public var hasErrors: Bool { !errors.isEmpty }
}
