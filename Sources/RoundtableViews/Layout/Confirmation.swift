import Foundation

/// "Thank you, your reply is saved": the note a participant lands on after sending a form.
/// The redirect after the POST names its `id` as the fragment, so the browser scrolls it to
/// the top of the screen and moves the focus start there (tabindex -1 lets it take focus); a
/// screen reader hears it as a status. No script, no autofocus.
public struct Confirmation: Component {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }

    public var body: any Component {
        El("div", .class("notice"), .id(id), .attr("role", "status"), .attr("tabindex", "-1")) {
            El("p") { T(text) }
        }
    }
}
