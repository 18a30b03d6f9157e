import Foundation

/// The list a school hands to a native speaker: every phrase of every language still marked
/// for review (`Catalog.needsReview`), with its English beside it. Phrases changed lately or
/// that we are least sure of carry a note, so a reviewer can start with them.
extension Catalog {
    /// Phrases written or rewritten lately (issues 13 and 14), or worded with less certainty: read these first.
    public static let reviewFirst: [Phrase: String] = [
        .feedbackLocked:
            "Shown when answers can no longer be changed: after the week, or after many changes. Must not name the week.",
        .replyMode: "Asks how the person will join (in person, video call or phone).",
        .replyContribution:
            "Asks how the person would like to share their views; must not read like the question above.",
        .replyOtherTime: "Chosen when the proposed day or time does not suit.",
        .replyInterpreterYes: "Answer to \"Would you like an interpreter?\".",
        .replyInterpreterNo: "Answer to \"Would you like an interpreter?\".",
        .childIntro: "Read by a child: informal \"you\", suits a girl or a boy.",
        .childFaces: "Read by a child: informal \"you\", suits a girl or a boy.",
        .childFace3: "One of five faces, from really hard to great.",
        .childFace4: "One of five faces, from really hard to great.",
        .studentLead: "Read by a child: informal \"you\", suits a girl or a boy.",
        .agendaAddedBy: "Followed by a person's name; should suit a man or a woman.",
        .emailPrivate: "In every email with a personal link.",
        .emailYourPart: "To someone coming for part of the meeting whose part moved; two times of day.",
        .emailYourPartWhole: "To someone who now comes for the whole meeting instead of a part.",
        .codeHint: "The example code is shown left to right.",
        .ownerFamily: "Who will do an action.",
        .ownerStudent: "Who will do an action.",
        .ownerSchool: "Who will do an action.",
        .footer: "Should suit a man or a woman.",
        .writtenInEnglish: "Under a school text shown in English because it was not written in this language.",
        .agendaInEnglish: "Under an agenda the school wrote only in English.",
        .agendaSomeInEnglish: "Under an agenda where some items are in English.",
        .feedbackWho: "Says honestly who reads the answers; must not promise more privacy than that.",
        .feedbackTotals:
            "A choice: the answer counts only in the school's totals, and the lead sees only that it came.",
        .feedbackCared: "One of eight statements rated 0 to 10 after a meeting.",
        .feedbackEqualPartner: "One of eight statements rated 0 to 10 after a meeting.",
        .feedbackChildSaid: "Read by a child, rated with five faces: informal \"you\", suits a girl or a boy.",
        .feedbackChildListened: "Read by a child, rated with five faces: informal \"you\", suits a girl or a boy.",
    ]

    /// Markdown for docs/TRANSLATION-REVIEW.md: per language under review, a table of each
    /// phrase key, its English and its translation, the "read first" ones marked.
    public static func reviewList() -> String {
        var lines = [
            "# Translations waiting for a native speaker",
            "",
            "Made by `roundtable translations`; do not edit by hand. Each table lists a phrase's key, its",
            "English and its translation. ⚑ marks phrases changed lately or that we are least sure of:",
            "please read those first. Send corrections to the school's Roundtable contact.",
        ]
        let tables = tables()
        for language in languages where needsReview.contains(language) {
            let table = tables[language] ?? [:]
            let flagged = Phrase.allCases.filter { reviewFirst[$0] != nil }.count
            lines += [
                "", "## \(nativeName(language)) (\(language))", "",
                "\(Phrase.allCases.count) phrases, \(flagged) to read first.", "",
                "| | Key | English | Translation |", "|---|---|---|---|",
            ]
            for phrase in Phrase.allCases {
                let mark = reviewFirst[phrase].map { "⚑ " + cell($0) } ?? ""
                lines.append(
                    "| \(mark) | `\(phrase.rawValue)` | \(cell(english[phrase] ?? "")) | \(cell(table[phrase] ?? "—")) |"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table cell: line breaks shown as ⏎ and pipes escaped, so a long email body stays
    /// one row.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ⏎ ")
    }
}
