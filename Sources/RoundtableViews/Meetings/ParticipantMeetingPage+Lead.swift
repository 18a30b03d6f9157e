import Foundation
import RoundtableCore

/// The top of the family's page: why, when, where and the reply fill a phone's first screen;
/// then "On this page", a short list of links to the headed sections below.
extension ParticipantMeetingPage {
    /// Why, when, where, and the reply (or what they replied, with a way to change it).
    func leadPart(_ t: Localizer) -> Component {
        ComponentGroup {
            if isStudent {
                El("p", .class("lead")) { T(t(.studentLead)) }
                // Why, in a child's words and their language: the school's purpose is written
                // for adults, in English.
                if let type = meeting.type {
                    El("h2", .class("heading-m")) { T(t(.childWhyTitle)) }
                    El("p") { T(t(Phrase.childWhy(type))) }
                }
            } else {
                purpose(t)
            }
            whenAndWhere(t)
            // The reply is what the school most needs to hear: straight after when and where.
            if !isStudent && !meeting.isCancelled {
                ParticipantReplySection(
                    t: t, token: token, form: reply, errors: replyErrors, saved: replySaved, open: meeting.isOpen,
                    answered: answered(t))
            }
        }
    }

    /// "Your reply: Yes, I will come, with an interpreter", once they have replied and nothing
    /// they just sent needs fixing.
    private func answered(_ t: Localizer) -> String? {
        guard replyErrors.isEmpty, let attendance = ParticipantReplyForm.Attendance(rawValue: reply.attendance)
        else { return nil }
        let answer = t(FamilyPage.answerPhrase(attendance))
        return t(
            .replyYourAnswer,
            ["answer": reply.wantsInterpreter == "yes" ? t(.familyWithInterpreter, ["answer": answer]) : answer])
    }

    /// The page's sections, in order, for "On this page": (fragment, heading).
    var sections: [(id: String, title: Phrase)] {
        var list: [(id: String, title: Phrase)] = []
        if !isStudent && invitation != nil { list.append(("letter", .letterTitle)) }
        list.append(("people", .whoWillBeThere))
        list.append(("agenda", .agendaTitle))
        if !meeting.groundRules.isEmpty { list.append(("ground-rules", .groundRulesTitle)) }
        if meeting.isOpen { list.append(("voice", childVersion ? .childTitle : .voiceTitle)) }
        if requests != nil { list.append(("request", .requestTitle)) }
        if reminders != nil { list.append(("reminders", .remindersTitle)) }
        if schoolAddress != nil || schoolPhone != nil { list.append(("school-contact", .schoolContactTitle)) }
        return list
    }

    /// A short contents list of in-page links, as GOV.UK guidance pages have.
    func contentsList(_ t: Localizer) -> Component {
        El("nav", .class("contents-list"), .aria("labelledby", "contents-title")) {
            El("h2", .class("heading-s"), .id("contents-title")) { T(t(.onThisPage)) }
            El("ul", .class("contents-list__list")) {
                for section in sections {
                    El("li") { El("a", .class("family-tap"), .attr("href", "#" + section.id)) { T(t(section.title)) } }
                }
            }
        }
    }
}
