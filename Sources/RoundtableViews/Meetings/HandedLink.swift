/// A personal link for someone to be handed by other means (a student without email, a parent
/// who prefers text messages, a new link made by hand), shown once to the member of staff.
public struct HandedLink: Sendable, Equatable {
    public var name: String
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}
