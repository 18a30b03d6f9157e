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

    /// A file from `Resources/Public`: the stylesheet, or the one small script.
    static func bundled(_ name: String = "app", extension ext: String = "css") throws -> Stylesheet {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Public") else {
            throw AppError.badRequest("\(name).\(ext) is missing from the build")
        }
        return Stylesheet(content: try String(contentsOf: url, encoding: .utf8))
    }
}
