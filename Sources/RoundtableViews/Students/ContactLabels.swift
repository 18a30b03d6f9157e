import RoundtableCore

extension ContactChannel {
    public var label: String {
        switch self {
        case .email: "Email"
        case .phone: "Phone call"
        case .text: "Text message"
        case .letter: "Letter"
        }
    }
}

extension MeetingMode {
    public var label: String {
        switch self {
        case .inPerson: "In person"
        case .video: "Video call"
        case .phone: "Phone call"
        }
    }
}
