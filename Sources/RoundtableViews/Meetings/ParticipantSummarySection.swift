import Foundation
import RoundtableCore

/// What a participant's page shows once the summary is shared.
public struct ParticipantSummaryContent: Sendable, Equatable {
    public var summary: ParticipantSummary
    /// What happens next, in the reader's language when the school wrote it, else English.
    public var nextSteps: NextSteps?
    /// The school's own translation of the summary into the reader's language.
    public var translation: String?
    /// For a student: the few lines the school wrote for them, in their language when it did.
    public var forStudent: NextSteps?
    /// What this person answered, oldest first.
    public var responses: [Response]
    public var heldOn: Date?
    /// When the school last changed what the summary says (the record or its own words).
    public var changedAt: Date?
    public var comment: String
    public var commentError: String?
    public var justSent: Response.Kind?
    /// The language the purpose is in: the school may have written it in the reader's.
    public var purposeLanguage = "en"

    public struct NextSteps: Sendable, Equatable {
        public var text: String
        /// The language the school wrote them in.
        public var language: String

        public init(text: String, language: String) {
            self.text = text
            self.language = language
        }
    }

    /// A confirmation of the summary, or a comment on it with the school's answer.
    public struct Response: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case confirmed, comment
        }

        public var kind: Kind
        public var text: String?
        public var createdAt: Date?
        public var answer: String?

        public init(kind: Kind, text: String? = nil, createdAt: Date?, answer: String? = nil) {
            self.kind = kind
            self.text = text
            self.createdAt = createdAt
            self.answer = answer
        }
    }

    public init(
        summary: ParticipantSummary, nextSteps: (text: String, language: String)?, translation: String?,
        responses: [Response], heldOn: Date?, changedAt: Date? = nil, comment: String = "",
        commentError: String? = nil, justSent: Response.Kind? = nil,
        forStudent: (text: String, language: String)? = nil
    ) {
        self.forStudent = forStudent.map { NextSteps(text: $0.text, language: $0.language) }
        self.summary = summary
        self.nextSteps = nextSteps.map { NextSteps(text: $0.text, language: $0.language) }
        self.translation = translation
        self.responses = responses
        self.heldOn = heldOn
        self.changedAt = changedAt
        self.comment = comment
        self.commentError = commentError
        self.justSent = justSent
    }
}

/// The summary in the reader's language: fixed words from the catalog, the school's own words
/// as written (marked as English), any translation the school added, and a way to confirm it
/// or ask for a correction.
public struct ParticipantSummarySection: Component {
    var t: Localizer
    var token: String
    var content: ParticipantSummaryContent
    /// The staff preview shows the summary without the participant's answers and forms.
    var isPreview = false

    public init(t: Localizer, token: String, content: ParticipantSummaryContent, isPreview: Bool = false) {
        self.t = t
        self.token = token
        self.content = content
        self.isPreview = isPreview
    }

    private var summary: ParticipantSummary { content.summary }

    /// The school's words inside a translated sentence keep their own direction: English in an
    /// Arabic line would otherwise be scrambled by the bidi algorithm.
    private func isolated(_ text: String) -> String { "\u{2068}" + text + "\u{2069}" }
    /// Review and due dates are days, kept at midnight UTC.
    private let utc = TimeZone(identifier: "UTC")!

    public var body: Component {
        El("section", .class("summary-doc"), .id("summary"), .aria("labelledby", "summary-title")) {
            El("h2", .class("heading-l"), .id("summary-title")) {
                T(
                    t(
                        .summaryTitle,
                        [
                            "date": content.heldOn.map {
                                t.isolatedDate(t.day($0, timeZone: RenderContext.current.timeZone))
                            } ?? ""
                        ]))
            }
            El("p", .class("lead")) { T(t(.summaryIntro)) }
            // What the school wrote for the student comes before the grown-ups' summary.
            if let words = content.forStudent {
                El("div", .class("summary-doc__translation"), .attr("lang", words.language)) {
                    El("h3", .class("heading-m")) { T(t(.summaryForYou)) }
                    for paragraph in words.text.components(separatedBy: "\n\n") {
                        El("p", .class("prewrap"), .attr("dir", "auto")) { T(paragraph) }
                    }
                }
            }
            if let translation = content.translation {
                El("div", .class("summary-doc__translation")) {
                    El("p") { El("strong") { T(t(.summaryTranslated)) } }
                    for paragraph in translation.components(separatedBy: "\n\n") {
                        El("p", .class("prewrap"), .attr("dir", "auto")) { T(paragraph) }
                    }
                }
                El("h3", .class("heading-s")) { T(t(.summaryOriginal)) }
            }
            if t.language != "en" {
                El("p", .class("hint")) { T(t(.summaryWrittenIn, ["language": LanguageName.of("en", in: t.locale)])) }
            }
            El("h3", .class("heading-m")) { T(t(.summaryWhy)) }
            El("p", .attr("lang", content.purposeLanguage), .attr("dir", "auto")) { T(summary.purpose) }
            if !summary.topics.isEmpty {
                El("h3", .class("heading-m")) { T(t(.summaryTopics)) }
                El("ul", .class("list"), .attr("lang", "en"), .attr("dir", "auto")) {
                    for topic in summary.topics { El("li", .attr("dir", "auto")) { T(topic) } }
                }
            }
            if !summary.decisions.isEmpty {
                El("h3", .class("heading-m")) { T(t(.summaryDecisions)) }
                El("ul", .class("list")) {
                    for decision in summary.decisions {
                        El("li") {
                            El("span", .attr("lang", "en"), .attr("dir", "auto")) { T(decision.what) }
                            if let why = decision.why {
                                Leaf("br")
                                T(t(.summaryBecause, ["reason": isolated(why)]))
                            }
                        }
                    }
                }
            }
            if !summary.goals.isEmpty {
                El("h3", .class("heading-m")) { T(t(.summaryGoals)) }
                El("ul", .class("list")) {
                    for goal in summary.goals {
                        El("li") {
                            El("span", .attr("lang", "en"), .attr("dir", "auto")) { T(goal.what) }
                            if let target = goal.target {
                                Leaf("br"); T(t(.summaryTarget, ["target": isolated(target)]))
                            }
                            if let setBy = goal.setBy {
                                Leaf("br")
                                El("strong") {
                                    T(
                                        t(
                                            .summaryGoalSetBy,
                                            ["who": isolated(setBy), "reason": isolated(goal.whySet ?? "")]))
                                }
                            }
                            if let date = goal.reviewDate {
                                Leaf("br")
                                T(t(.summaryReviewDate, ["date": t.isolatedDate(t.day(date, timeZone: utc))]))
                            }
                        }
                    }
                }
            }
            if !summary.actions.isEmpty {
                El("h3", .class("heading-m")) { T(t(.summaryWhoDoesWhat)) }
                El("ul", .class("list")) {
                    for action in summary.actions {
                        El("li") {
                            El("span", .attr("lang", "en"), .attr("dir", "auto")) { T(action.what) }
                            Leaf("br")
                            if let due = action.due {
                                T(
                                    t(
                                        .summaryWhoBy,
                                        [
                                            "who": isolated(t.owner(action.who)),
                                            "date": t.isolatedDate(t.day(due, timeZone: utc)),
                                        ]))
                            } else {
                                T(isolated(t.owner(action.who)))
                            }
                        }
                    }
                }
            }
            if !summary.parked.isEmpty {
                El("h3", .class("heading-m")) { T(t(.summaryParked)) }
                El("ul", .class("list"), .attr("lang", "en"), .attr("dir", "auto")) {
                    for topic in summary.parked { El("li", .attr("dir", "auto")) { T(topic) } }
                }
            }
            if !summary.additions.isEmpty {
                El("h3", .class("heading-m")) { T(t(.summaryNotes)) }
                El("ul", .class("list"), .attr("lang", "en"), .attr("dir", "auto")) {
                    for note in summary.additions { El("li", .class("prewrap"), .attr("dir", "auto")) { T(note) } }
                }
            }
            El("h3", .class("heading-m")) { T(t(.summaryNext)) }
            if let next = content.nextSteps {
                El("p", .class("prewrap"), .attr("lang", next.language), .attr("dir", "auto")) { T(next.text) }
            }
            El("p") {
                switch summary.next {
                case .planned(let on?):
                    T(
                        t(
                            .summaryNextMeeting,
                            ["date": t.isolatedDate(t.dateTime(on, timeZone: RenderContext.current.timeZone))]))
                case .planned(nil): T(t(.summaryNoNextMeeting))
                case .notPlanned: T(t(.summaryNoFollowUp))
                }
            }
            El("p", .class("summary-doc__print")) {
                El("button", .type("button"), .class("button button--secondary"), .flag("hidden"), .flag("data-print"))
                {
                    T(t(.summaryPrint))
                }
            }
            if !isPreview { answers }
        }
    }

    private var answers: Component {
        // A confirmation counts for the summary as it was: a later change asks for a new look.
        let latest = content.responses.last { $0.kind == .confirmed }
        let stale = latest.flatMap { confirmation in
            content.changedAt.flatMap { changed in (confirmation.createdAt ?? .distantPast) < changed ? changed : nil }
        }
        let confirmed = stale == nil ? latest : nil
        return El("div", .class("summary-doc__answers"), .id("summary-answers")) {
            if let stale {
                El("div", .class("notice"), .attr("role", "status")) {
                    T(
                        t(
                            .summaryChanged,
                            ["date": t.isolatedDate(t.day(stale, timeZone: RenderContext.current.timeZone))]))
                }
            }
            if let confirmed, let at = confirmed.createdAt {
                // Just sent: the redirect lands here (`#summary-answered`).
                El(
                    "div",
                    attributes: content.justSent == .confirmed
                        ? [.class("notice"), .id("summary-answered"), .attr("role", "status"), .attr("tabindex", "-1")]
                        : [.class("notice"), .attr("role", "status")]
                ) {
                    T(
                        content.justSent == .confirmed
                            ? t(.summaryConfirmed)
                            : t(
                                .summaryYouConfirmed,
                                ["date": t.isolatedDate(t.day(at, timeZone: RenderContext.current.timeZone))]))
                }
            }
            if content.justSent == .comment {
                El("div", .class("notice"), .id("summary-answered"), .attr("role", "status"), .attr("tabindex", "-1")) {
                    T(t(.summaryCommentSent))
                }
            }
            for comment in content.responses where comment.kind == .comment {
                El("div", .class("reply")) {
                    El("p", .attr("dir", "auto")) { T(t(.summaryYouWrote, ["message": isolated(comment.text ?? "")])) }
                    if let answer = comment.answer {
                        El("p", .attr("dir", "auto")) { T(t(.summarySchoolAnswer, ["message": isolated(answer)])) }
                    }
                }
            }
            if confirmed == nil {
                PostForm(action: .participant(token: token, .summary)) {
                    Leaf("input", .type("hidden"), .name("confirm"), .value("1"))
                    PrimaryButton(text: t(.summaryConfirm))
                }
            }
            PostForm(action: .participant(token: token, .summary)) {
                TextArea(
                    name: "comment", label: t(.summaryCommentLabel), hint: t(.summaryCommentHint),
                    value: content.comment,
                    error: content.commentError, errorPrefix: t(.errorPrefix))
                SecondaryButton(text: t(.summaryCommentSend))
            }
        }
    }
}
