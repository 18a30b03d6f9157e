import Crypto
import Foundation

/// The one stylesheet, read once at start. Its version is a hash of its content, so
/// browsers may cache it for good and still see every change.
struct Stylesheet: Sendable {
    let content: String
    let version: String

    init(content: String) {
        self.content = content
        self.version = String(
            SHA256.hash(data: Data(content.utf8)).map { String(format: "%02x", $0) }.joined().prefix(12))
    }

    static func bundled() throws -> Stylesheet {
        guard let url = Bundle.module.url(forResource: "app", withExtension: "css", subdirectory: "Public") else {
            throw AppError.badRequest("The stylesheet is missing from the build")
        }
        return Stylesheet(content: try String(contentsOf: url, encoding: .utf8))
    }
}
