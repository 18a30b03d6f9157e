import Foundation

/// Which page a student opens from their link. Younger children get the simpler one (short
/// words, bigger text, faces); the lead can choose either for any student, because age is
/// only a guess at what suits a child.
public enum PageVersion: String, Sendable, CaseIterable, Codable {
    case child
    case standard

    /// From this age the questions written for adults usually fit.
    public static let standardFromAge = 13

    public static func forStudent(age: Int?, chosen: PageVersion?) -> PageVersion {
        if let chosen { return chosen }
        guard let age else { return .child }
        return age < standardFromAge ? .child : .standard
    }

    public var label: String {
        switch self {
        case .child: "The simpler page, with faces"
        case .standard: "The standard page"
        }
    }
}
