import Crypto
import Foundation
import RoundtableCore
import RoundtableViews
import Vapor

/// bcrypt, after a SHA-256 of the password. bcrypt ignores everything past 72 bytes; the
/// pre-hash lets a long passphrase count in full. Base64 keeps NUL bytes out of bcrypt's input.
struct PasswordHasher: Sendable {
    /// 12 in production. Tests may pass a lower cost to stay fast; nothing else should.
    let cost: Int

    static let productionCost = 12

    func hash(_ password: String) throws -> String {
        try Bcrypt.hash(Self.prehash(password), cost: cost)
    }

    func verify(_ password: String, against hash: String) -> Bool {
        (try? Bcrypt.verify(Self.prehash(password), created: hash)) ?? false
    }

    /// A hash of a password nobody has, to check against when an email is unknown, so a
    /// wrong email takes as long to refuse as a wrong password.
    func decoyHash() -> String {
        (try? hash(Secrets.randomToken())) ?? ""
    }

    static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}

extension PasswordHasher {
    /// Runs the deliberately slow work off the event loop.
    func hash(_ password: String, on pool: NIOThreadPool) async throws -> String {
        try await pool.runIfActive { try self.hash(password) }
    }

    func verify(_ password: String, against hash: String, on pool: NIOThreadPool) async throws -> Bool {
        try await pool.runIfActive { self.verify(password, against: hash) }
    }
}

enum TokenHash {
    /// Tokens are random and long, so a fast hash is enough: nobody can guess their way back.
    static func of(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
