import Foundation
import RoundtableCore

extension FamilyPage {
    public func content() -> Component {
        let t = t
        // A request just sent is confirmed at the top of the page, not again beside the form.
        var form = ask
        form?.sent = false
        return ComponentGroup {
            El("a", .class("back-link family-tap"), .href(.participant(token: token, .page()))) { T(t(.familyBack)) }
            if let ask, !ask.errors.isEmpty {
                ErrorSummary(errors: ask.errors, title: t(.errorSummary))
            }
            PageHeading(text: title, caption: schoolName)
            // A request just sent is confirmed here, at the top, where the person is looking.
            if ask?.sent == true {
                Confirmation(id: "request-sent", text: t(.requestSent))
            }
            El("p") { T(t(.familyIntro)) }
            if !children.isEmpty {
                El("h2", .class("heading-m")) { T(t(.familyChildren)) }
                El("ul", .class("list")) {
                    for child in children {
                        El("li") {
                            if let year = child.yearGroup {
                                IsolatedSentence(text: t(.familyChildYear, ["year": String(year)]), name: child.name)
                            } else {
                                Isolated(child.name)
                            }
                        }
                    }
                }
            }
            El("h2", .class("heading-m"), .id("coming")) { T(t(.familyUpcoming)) }
            let upcoming = meetings.filter { !$0.isPast }
            if upcoming.isEmpty {
                El("p") { T(t(.familyNoUpcoming)) }
            } else {
                meetingList(upcoming, t)
            }
            let past = meetings.filter(\.isPast)
            if !past.isEmpty {
                El("h2", .class("heading-m"), .id("earlier")) { T(t(.familyPast)) }
                meetingList(past, t)
            }
            El("h2", .class("heading-m"), .id("requests")) { T(t(.familyRequestsTitle)) }
            if requests.isEmpty {
                El("p") { T(t(.familyRequestsNone)) }
            } else {
                El("ul", .class("family-list")) {
                    for request in requests { requestItem(request, t) }
                }
            }
            if let form {
                MeetingRequestSection(
                    t: t, token: token, content: form, action: .familyRequest, heading: .familyAskTitle)
            }
        }
    }

    private func meetingList(_ lines: [MeetingLine], _ t: Localizer) -> Component {
        El("ul", .class("family-list")) {
            for line in lines {
                El("li", .class("family-item")) {
                    El("h3", .class("heading-s")) {
                        IsolatedSentence(
                            text: t(.pageTitle), name: line.childNames.joined(separator: " & "), key: "names")
                    }
                    El("p") {
                        if let startsAt = line.startsAt {
                            IsolatedValue(
                                t.dateTime(startsAt, timeZone: RenderContext.current.timeZone),
                                rightToLeft: t.isRightToLeft)
                        } else {
                            T(t(.noDateYet))
                        }
                    }
                    if line.isCancelled {
                        El("p") { El("strong") { T(t(.cancelled)) } }
                    } else if let attendance = line.attendance {
                        let answer = t(Self.answerPhrase(attendance))
                        El("p") {
                            T(
                                t(
                                    .replyYourAnswer,
                                    [
                                        "answer": line.withInterpreter
                                            ? t(.familyWithInterpreter, ["answer": answer]) : answer
                                    ]))
                        }
                    } else if !line.isPast {
                        El("p") { T(t(.familyNotReplied)) }
                    }
                    if line.isThisLink {
                        El("p", .class("hint")) { T(t(.familyOpenHere)) }
                        El(
                            "a", .class("button button--secondary family-tap"),
                            .href(.participant(token: token, .page()))
                        ) { T(t(.familyOpen)) }
                    } else if line.mayOpen {
                        PostForm(action: .participant(token: token, .familyOpen)) {
                            Leaf(
                                "input", .type("hidden"), .name("meeting"),
                                .value(line.participantID.rawValue.uuidString))
                            SecondaryButton(text: t(.familyOpen))
                        }
                    } else {
                        El("p", .class("hint")) { T(t(.familyClosed)) }
                    }
                }
            }
        }
    }

    private func requestItem(_ request: RequestLine, _ t: Localizer) -> Component {
        El("li", .class("family-item")) {
            El("h3", .class("heading-s")) {
                IsolatedSentence(
                    text: t(
                        .familyRequestAbout,
                        [
                            "date": request.sentAt.map {
                                t.isolatedDate(t.day($0, timeZone: RenderContext.current.timeZone))
                            } ?? ""
                        ]),
                    name: request.childName)
            }
            El("p", .class("prewrap"), .attr("dir", "auto")) { T(request.topic) }
            switch request.status {
            case .open: El("p") { El("strong") { T(t(.familyRequestWaiting)) } }
            case .accepted: El("p") { El("strong") { T(t(.requestAccepted)) } }
            case .answered:
                El("p", .class("inset"), .attr("dir", "auto")) {
                    T(t(.requestAnswer, ["message": request.answer ?? ""]))
                }
            }
        }
    }

    static func answerPhrase(_ attendance: ParticipantReplyForm.Attendance) -> Phrase {
        switch attendance {
        case .coming: .replyYes
        case .notComing: .replyNo
        case .otherTime: .replyOtherTime
        }
    }
}

/// A sentence of ours with a person's name in it (`{name}` by default), the name isolated in
/// `<bdi>` so a name in another script keeps its place in a right-to-left sentence.
struct IsolatedSentence: Component {
    var text: String
    var name: String
    var key = "name"

    var body: Component { self }
    func render(into html: inout String) {
        let marker = "{\(key)}"
        guard let range = text.range(of: marker) else {
            HTMLEscape.text(text, into: &html)
            return
        }
        HTMLEscape.text(String(text[..<range.lowerBound]), into: &html)
        Isolated(name).render(into: &html)
        HTMLEscape.text(String(text[range.upperBound...]), into: &html)
    }
}
