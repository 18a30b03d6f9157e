import Foundation
import RoundtableCore

extension MeetingPage {
    /// What the family and the student said, near the top of the meeting page: their replies
    /// and their own words, each marked when new since the reader last looked. Only what the
    /// reader may read is in the model (`RecordVisibility.canReadParticipantWords`).
    var wordsSection: Component {
        let said = people.filter { $0.reply != nil || $0.voice != nil }
        // Items a participant put on the agenda from their page are their words too.
        let theirItems = agenda.items.filter { $0.proposedBy != "School" }
        return ComponentGroup {
            El("h2", .class("heading-m"), .id("words")) { T("What the family and the student said") }
            if said.isEmpty && theirItems.isEmpty {
                El("p", .class("muted")) {
                    T(
                        sharing.hasBeenShared
                            ? "Nobody has replied yet."
                            : "Nothing yet: the family and the student can reply once you share the meeting.")
                }
            } else {
                El("ul", .class("list list--rows")) {
                    for person in said {
                        El("li") {
                            El("strong") { T(person.name) }
                            T(", \(person.role.lowercased()) ")
                            if person.reply?.isNew == true { StatusTag(text: "New reply", tone: "blue") }
                            if person.voiceIsNew {
                                T(" ")
                                StatusTag(text: "New words", tone: "blue")
                            }
                            if let reply = person.reply { replySummary(reply) }
                            if let voice = person.voice {
                                ParticipantVoiceSummary(words: voice, isStudent: person.kind == .student)
                            }
                        }
                    }
                    for item in theirItems {
                        El("li") {
                            El("strong") { T(item.proposedBy) }
                            T(" put on the agenda: ")
                            El("span", .attr("dir", "auto")) { T("“\(item.title)”") }
                            if item.addedAfterShare { T(" "); StatusTag(text: "New", tone: "blue") }
                        }
                    }
                }
            }
        }
    }
}
