import Foundation
import RoundtableCore

/// "Add something to talk about": one line, shown to everyone with the person's name.
struct ParticipantAgendaAdd: Component {
    var t: Localizer
    var token: String
    var topic: String
    var error: String?
    var added: Bool

    var body: Component {
        ComponentGroup {
            if added { Confirmation(id: "agenda-added", text: t(.agendaAdded)) }
            El("h3", .class("heading-s")) { T(t(.agendaAddTitle)) }
            PostForm(action: .participant(token: token, .agenda)) {
                El("div", .class("field" + (error != nil ? " field--error" : ""))) {
                    El("label", .class("label"), .for("topic")) { T(t(.agendaAddField)) }
                    El("p", .class("hint"), .id("topic-hint")) { T(t(.agendaAddHint)) }
                    FieldMessage(field: "topic", error: error, prefix: t(.errorPrefix))
                    Leaf(
                        "input", .class("input"), .id("topic"), .name("topic"), .type("text"), .value(topic),
                        .attr("dir", "auto"), .aria("describedby", "topic-hint"))
                }
                SecondaryButton(text: t(.agendaAddButton))
            }
        }
    }
}

/// The voice form for adults: five open questions, all optional, saved with one button.
struct VoiceSection: Component {
    var t: Localizer
    var token: String
    var voice: ParticipantWords?
    var saved: Bool

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("voice")) { T(t(.voiceTitle)) }
            if saved { Confirmation(id: "voice-saved", text: t(.voiceSaved)) }
            El("p") { T(t(.voiceIntro)) }
            // Behind "Write your thoughts" until there is something to read: the page is long on a phone.
            El("details", attributes: [.class("details")] + (saved || hasWords ? [.flag("open")] : [])) {
                El("summary") { T(t(.voiceOpen)) }
                form
            }
        }
    }

    private var hasWords: Bool {
        guard let voice else { return false }
        return [voice.goingWell, voice.worries, voice.hopes, voice.talkAbout, voice.knowBeforehand]
            .contains { !($0 ?? "").isEmpty }
    }

    private var form: Component {
        AutosaveForm(action: .participant(token: token, .voice), savedText: t(.draftSaved)) {
            TextArea(
                name: "going_well", label: t(.voiceGoingWell), value: voice?.goingWell ?? "", direction: "auto")
            TextArea(name: "worries", label: t(.voiceWorries), value: voice?.worries ?? "", direction: "auto")
            TextArea(name: "hopes", label: t(.voiceHopes), value: voice?.hopes ?? "", direction: "auto")
            TextArea(
                name: "talk_about", label: t(.voiceTalkAbout), value: voice?.talkAbout ?? "", direction: "auto")
            TextArea(
                name: "know_beforehand", label: t(.voiceKnow), value: voice?.knowBeforehand ?? "", direction: "auto"
            )
            // The reply is the page's one primary action.
            SecondaryButton(text: t(.voiceSave))
        }
    }
}

/// The child version: a five-face scale and three short questions, in large, simple type.
struct ChildVoiceSection: Component {
    var t: Localizer
    var token: String
    var voice: ParticipantWords?
    var saved: Bool

    private static let faces: [(value: Int, phrase: Phrase)] = [
        (1, .childFace1),
        (2, .childFace2),
        (3, .childFace3),
        (4, .childFace4),
        (5, .childFace5),
    ]

    var body: Component {
        El("div", .class("child-voice")) {
            El("h2", .class("heading-m"), .id("voice")) { T(t(.childTitle)) }
            if saved { Confirmation(id: "voice-saved", text: t(.childSaved)) }
            El("p") { T(t(.childIntro)) }
            AutosaveForm(action: .participant(token: token, .voice), savedText: t(.draftSaved)) {
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T(t(.childFaces)) }
                    El("div", .class("faces")) {
                        for face in Self.faces {
                            FaceChoice(
                                name: "face", id: "face-\(face.value)", value: face.value,
                                checked: voice?.face == face.value,
                                label: t(face.phrase))
                        }
                    }
                }
                TextArea(name: "going_well", label: t(.childGood), value: voice?.goingWell ?? "", direction: "auto")
                TextArea(name: "worries", label: t(.childHard), value: voice?.worries ?? "", direction: "auto")
                TextArea(name: "hopes", label: t(.childHelp), value: voice?.hopes ?? "", direction: "auto")
                PrimaryButton(text: t(.childSave))
            }
        }
    }
}

/// A form that also saves itself as a draft while the person types (with `voice.js`); its
/// button saves as well, so it works without JavaScript.
struct AutosaveForm: Component {
    var action: SiteRoute
    var savedText: String
    @ComponentBuilder var content: ContentProvider

    var body: Component {
        El("form", .postMethod, .action(action), .flag("novalidate"), .attr("data-autosave", savedText)) {
            CSRFField()
            content()
            El("p", .class("hint"), .attr("data-autosave-status", ""), .attr("aria-live", "polite")) {}
        }
    }
}
