/// What went wrong, in words for people. An unexpected error shows only a reference (the
/// request id) that staff can quote; its details stay in the log.
public struct ErrorPage: HTMLPage, Sendable, Equatable {
    public var title: String
    public var message: String
    public var reference: String?

    public init(title: String, message: String, reference: String? = nil) {
        self.title = title
        self.message = message
        self.reference = reference
    }

    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: title)
            El("p", .class("lead")) { T(message) }
            if let reference {
                El("p") {
                    T("Reference: ")
                    El("code", .class("reference")) { T(reference) }
                }
            }
            El("p") { El("a", .href(.home)) { T("Go to the home page") } }
        }
    }
}
