import Foundation
import RoundtableCore
import Tagged

extension SummaryWritePage {
    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .record()), text: "Back to the record")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(
                text: title, caption: "\(meetingType.label) with \(studentNames.joined(separator: " and "))")
            if !handed.isEmpty {
                El("div", .class("notice"), .attr("role", "status")) {
                    El("h2", .class("heading-s")) { T("Links to pass on by hand") }
                    El("p") { T("These people have no email address. Each link is shown only now.") }
                    El("ul", .class("list")) {
                        for link in handed {
                            El("li") {
                                T("\(link.name): "); El("code") { T(link.url) }
                            }
                        }
                    }
                }
            }
            El("p", .class("lead")) {
                T("Participants read only what is labelled shared, with headings in their own language. ")
                T("To change an entry, go back to the record.")
            }
            wordsSection
            El("h2", .class("heading-m"), .id("write")) { T("What happens next") }
            languageTabs
            PostForm(action: .meeting(meetingID, .summary(language: writing))) {
                TextArea(
                    name: "next_steps",
                    label: writing == "en"
                        ? "What happens next" : "What happens next, in \(LanguageName.of(writing))",
                    hint: "Who will be in touch, and when. Plain words, short sentences.", value: nextSteps,
                    error: errors["next_steps"])
                if writing != "en" {
                    TextArea(
                        name: "translation", label: "Your translation of the whole summary (optional)",
                        hint: "Shown above the school's own words for people who read \(LanguageName.of(writing)).",
                        value: translation, error: errors["translation"])
                }
                if let student = studentTakingPart {
                    TextArea(
                        name: "for_student",
                        label: writing == "en"
                            ? "For \(student), in words they understand (optional)"
                            : "For \(student), in \(LanguageName.of(writing)) (optional)",
                        hint:
                            "Shown first on \(student)'s own page. Two or three short sentences: what was agreed and what happens next for them.",
                        value: forStudent, error: errors["for_student"])
                }
                SecondaryButton(text: "Save")
            }
            previewSection
            shareSection
            responsesSection
        }
    }

    private var wordsSection: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Check the words") }
            El("p") {
                El("strong") { T("Readability: ") }; T(readability)
            }
            if jargon.isEmpty {
                El("p") { T("No school jargon found.") }
            } else {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Words a family may not know. Say what they mean, or use the plain words:") }
                    El("ul", .class("list")) {
                        for hit in jargon {
                            El("li") {
                                El("strong") { T(hit.term) }; T(": \(hit.plain)")
                            }
                        }
                    }
                }
            }
            El("p", .class("hint")) {
                if mayChangeJargon {
                    T("The jargon list is the school's own; change it under ")
                    El("a", .href(.schoolSettings(school: schoolID))) { T("School settings") }
                    T(".")
                } else {
                    T("The jargon list is the school's own; a school leader can change it.")
                }
            }
        }
    }

    private var previewSection: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) {
                T(
                    writing == "en"
                        ? "What participants will read" : "What people who read \(LanguageName.of(writing)) will read")
            }
            El(
                "div", .class("summary-preview"), .attr("lang", writing),
                .attr("dir", Catalog.isRightToLeft(writing) ? "rtl" : "ltr")
            ) {
                ParticipantSummarySection(
                    t: Localizer(writing), token: "",
                    content: ParticipantSummaryContent(
                        summary: summary, nextSteps: previewNextSteps.map { (text: $0.text, language: $0.language) },
                        translation: writing == "en" ? nil : savedTranslation, responses: [], heldOn: heldOn),
                    isPreview: true)
            }
            El("p", .class("hint")) {
                T("To print the summary for someone without email, use your browser's Print: only the summary prints.")
            }
        }
    }

    private var shareSection: Component {
        ComponentGroup {
            if mayShare {
                El("h2", .class("heading-m")) { T("Share the summary") }
                El("p") {
                    T("Each family member and agency gets a short email with no details in it, and a new link to ")
                    T(
                        "their page, where the summary waits in their language. They can confirm it or ask for a correction."
                    )
                }
                PostForm(action: .meeting(meetingID, .shareSummary)) {
                    PrimaryButton(text: "Share with the participants")
                }
            } else {
                El("p") {
                    T("Shared \(recordSharedAt.map(DateText.dateTime) ?? ""). Changes you save here or in the ")
                    T("record show on their pages straight away.")
                }
            }
        }
    }

    private var languageTabs: Component {
        El("p", .class("hint")) {
            if !untranslatedLanguages.isEmpty {
                T(
                    "The family also reads \(untranslatedLanguages.map { LanguageName.of($0) }.joined(separator: ", ")), "
                        + "which Roundtable does not translate: use plain English and offer an interpreter. ")
            }
            if readersLanguages.isEmpty {
                if untranslatedLanguages.isEmpty { T("Everyone invited reads English.") }
            } else {
                T("The family reads \(readersLanguages.map { LanguageName.of($0) }.joined(separator: ", ")). ")
            }
            T(" Write in: ")
            for code in Catalog.languages {
                if code == writing {
                    El("strong") { T(LanguageName.of(code)) }
                } else {
                    El("a", .href(.meeting(meetingID, .summary(language: code)))) { T(LanguageName.of(code)) }
                }
                if writtenLanguages.contains(code) {
                    T(" (written)")
                }
                T(" ")
            }
        }
    }

    private var responsesSection: Component {
        El("section", .aria("labelledby", "responses")) {
            El("h2", .class("heading-m"), .id("responses")) { T("What participants said") }
            if responses.isEmpty {
                El("p") {
                    T(awaitsSummary ? "Nothing yet: the summary is not shared." : "Nothing yet.")
                }
            }
            El("ul", .class("entries")) {
                for response in responses {
                    let key = "answer-" + response.id.rawValue.uuidString.prefix(8)
                    El("li", .class("entry")) {
                        El("p") {
                            El("strong") { T(response.name) }
                            T(response.kind == .confirmed ? " confirmed the summary" : " asked for a correction")
                            T(response.createdAt.map { ", \(DateText.dateTime($0))" } ?? "")
                        }
                        if let text = response.text { El("p", .class("prewrap"), .attr("dir", "auto")) { T(text) } }
                        if let answer = response.answer {
                            El("p", .class("hint")) { T("Your answer: \(answer)") }
                        } else if response.kind == .comment {
                            PostForm(action: .meeting(meetingID, .answerSummary(response.id))) {
                                TextArea(
                                    name: key, label: "Your answer to \(response.name)",
                                    hint: "If the record needs changing, change it in the record too, with a reason.",
                                    value: answers[response.id] ?? "", error: errors[key])
                                SecondaryButton(text: "Send the answer")
                            }
                        }
                    }
                }
            }
        }
    }
}
