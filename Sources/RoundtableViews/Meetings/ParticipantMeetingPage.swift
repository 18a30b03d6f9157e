import Foundation
import RoundtableCore

/// A participant's view of their meeting: only what every participant may see, in their
/// language. What the school wrote (purpose, agenda, ground rules, directions, the call's
/// fallback) is shown in the reader's language when the school wrote it, else in English. Opened from a
/// personal link by a family member, a student or an agency contact, without an account.
public struct ParticipantMeetingPage: HTMLPage, Sendable, Equatable {
    /// The catalog language the page speaks (`Catalog.languages`, or the pseudo-locale).
    public var catalogLanguage: String
    /// The link's token, for the page's own links and forms.
    public var token: String
    public var schoolName: String
    /// The meeting's students, by the names they use, for the title.
    public var studentNames: [String]
    public var meeting: MeetingInfo
    /// The viewer's name as the school knows it, for "Dear …".
    public var viewerName: String?
    /// The student themself: the letter to the adults is not for them.
    public var isStudent: Bool
    /// The simpler page for a child (by age, or as the lead chose).
    public var childVersion: Bool
    /// The school's invitation, in the viewer's language when it was written, else English.
    public var invitation: Letter?
    /// Who is coming, as `ContactRule.shownToParticipants` allows.
    public var people: [Person]
    public var agenda: [AgendaLine]
    public var reply: ParticipantReplyForm
    public var replyErrors: FieldErrors
    public var replySaved: Bool
    public var agendaTopic: String
    public var agendaErrors: FieldErrors
    public var agendaAdded: Bool
    /// Their own words before the meeting (the child version uses the face and three answers).
    public var voice: ParticipantWords?
    public var voiceSaved: Bool
    /// What changed since the person last opened their page.
    public var changes: [MeetingChange]
    public var requests: MeetingRequestSection.Content?
    /// Once the record is shared: the summary, and what this person answered.
    public var summary: ParticipantSummaryContent?
    /// With the summary: how the shared goals are going and this person's own actions.
    public var followThrough: ParticipantFollowThrough?
    /// A family member's choice of reminder emails; nil for a student or an agency.
    public var reminders: ParticipantReminderSection.Content? = nil
    /// A family member: a link to their own page (`FamilyPage`), all their children's meetings.
    public var familyPage = false
    /// How to reach the school, when it has said (school settings).
    public var schoolAddress: String? = nil
    public var schoolPhone: String? = nil
    /// After the meeting: the invitation to say how it felt (`FeedbackRule`); nil when not asked.
    public var feedback: FeedbackInvite? = nil

    /// What the page says about the meeting itself.
    public struct MeetingInfo: Sendable, Equatable {
        public var purpose: String
        public var startsAt: Date?
        public var lengthMinutes: Int
        public var format: MeetingFormat
        /// The room, when the school chose one.
        public var spaceName: String?
        public var videoLink: String?
        public var fallbackPlan: String?
        public var groundRules: [String]
        public var isCancelled: Bool
        /// Replies, agenda items and their own words are taken (`MeetingLifecycle` allows `.reply`).
        public var isOpen: Bool
        /// The kind of meeting: a student reads why it is happening in their own words.
        public var type: MeetingType?
        /// How to find the room, when the school wrote it.
        public var directions: String? = nil
        /// The language each school text above is shown in (`SchoolTexts.shown`); absent: English.
        public var textLanguages: [SchoolTextPart: String] = [:]

        /// The language `part` is shown in.
        public func language(of part: SchoolTextPart) -> String { textLanguages[part] ?? "en" }

        public init(
            purpose: String, startsAt: Date?, lengthMinutes: Int, format: MeetingFormat, spaceName: String? = nil,
            videoLink: String? = nil, fallbackPlan: String? = nil, groundRules: [String] = [],
            isCancelled: Bool = false, isOpen: Bool, type: MeetingType? = nil
        ) {
            self.type = type
            self.purpose = purpose
            self.startsAt = startsAt
            self.lengthMinutes = lengthMinutes
            self.format = format
            self.spaceName = spaceName
            self.videoLink = videoLink
            self.fallbackPlan = fallbackPlan
            self.groundRules = groundRules
            self.isCancelled = isCancelled
            self.isOpen = isOpen
        }
    }

    public struct Letter: Sendable, Equatable {
        public var language: String
        public var body: String

        public init(language: String, body: String) {
            self.language = language
            self.body = body
        }
    }

    /// One person in "who will be there".
    public struct Person: Sendable, Equatable {
        public var name: String
        /// How they stand to the meeting, said in the reader's language.
        public var role: Phrase
        public var isViewer: Bool
        /// The language an interpreter will help them in, if they need one.
        public var interpreterLanguage: String?
        /// The part of the meeting they come for; nil: all of it.
        public var window: PartWindow?

        public init(
            name: String, role: Phrase, isViewer: Bool = false, interpreterLanguage: String? = nil,
            window: PartWindow? = nil
        ) {
            self.window = window
            self.name = name
            self.role = role
            self.isViewer = isViewer
            self.interpreterLanguage = interpreterLanguage
        }
    }

    public struct AgendaLine: Sendable, Equatable {
        public var title: String
        public var minutes: Int
        /// The participant who added it, by name; `nil` for the school's own items.
        public var addedBy: String?
        /// Added after the agenda was shared.
        public var isNew: Bool
        /// The language of the school's title (`SchoolTexts.agendaTitle`); nil for a participant's own item.
        public var language: String?

        public init(title: String, minutes: Int, addedBy: String? = nil, isNew: Bool = false, language: String? = "en")
        {
            self.language = addedBy == nil ? language : nil
            self.title = title
            self.minutes = minutes
            self.addedBy = addedBy
            self.isNew = isNew
        }
    }

    public init(
        catalogLanguage: String, token: String, schoolName: String, studentNames: [String], meeting: MeetingInfo,
        viewerName: String? = nil, isStudent: Bool = false, childVersion: Bool = false,
        invitation: Letter? = nil, people: [Person] = [], agenda: [AgendaLine] = [],
        reply: ParticipantReplyForm = ParticipantReplyForm(), replyErrors: FieldErrors = FieldErrors(),
        replySaved: Bool = false, agendaTopic: String = "", agendaErrors: FieldErrors = FieldErrors(),
        agendaAdded: Bool = false, voice: ParticipantWords? = nil, voiceSaved: Bool = false,
        changes: [MeetingChange] = [],
        requests: MeetingRequestSection.Content? = nil, summary: ParticipantSummaryContent? = nil
    ) {
        self.catalogLanguage = catalogLanguage
        self.token = token
        self.schoolName = schoolName
        self.studentNames = studentNames
        self.meeting = meeting
        self.viewerName = viewerName
        self.isStudent = isStudent
        self.childVersion = childVersion
        self.invitation = invitation
        self.people = people
        self.agenda = agenda
        self.reply = reply
        self.replyErrors = replyErrors
        self.replySaved = replySaved
        self.agendaTopic = agendaTopic
        self.agendaErrors = agendaErrors
        self.agendaAdded = agendaAdded
        self.voice = voice
        self.voiceSaved = voiceSaved
        self.changes = changes
        self.requests = requests
        self.summary = summary
    }

    var t: Localizer { Localizer(catalogLanguage, informal: isStudent) }

    public var title: String { t(.pageTitle, ["names": studentNames.joined(separator: " & ")]) }
    public var hasErrors: Bool {
        !replyErrors.isEmpty || !agendaErrors.isEmpty || !(requests?.errors.isEmpty ?? true)
            || summary?.commentError != nil || followThrough?.draft != nil
    }
    public var language: String { catalogLanguage == Catalog.pseudoLocale ? "en" : catalogLanguage }
    public var isForParticipants: Bool { true }
    public var headerName: String? { schoolName.isEmpty ? nil : schoolName }
    public var usesVoiceScript: Bool { meeting.isOpen || summary != nil }
    public var skipLinkText: String { t(.skipToContent) }
    public var footerText: String { t(.footer) }
}
