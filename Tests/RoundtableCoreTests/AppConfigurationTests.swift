import Foundation
import Testing

@testable import RoundtableCore

@Suite("Configuration from the environment")
struct AppConfigurationTests {
    @Test("With nothing set, the server runs on loopback with SQLite under ./roundtable-data")
    func defaults() throws {
        let configuration = try AppConfiguration.parse([:])
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.database == .sqlite(path: "./roundtable-data/roundtable.sqlite"))
        #expect(configuration.sessionIdleTimeout == 30 * 60)
        #expect(configuration.sessionAbsoluteTimeout == 12 * 3600)
        #expect(!configuration.secureCookies)
        #expect(!configuration.requiresSetupCode)
        #expect(configuration.publicURL.absoluteString == "http://127.0.0.1:8080")
    }

    @Test("Every malformed variable is named in one error, not one per restart")
    func collectsEveryProblem() {
        let environment = [
            "ROUNDTABLE_PORT": "eighty", "ROUNDTABLE_TRUST_PROXY": "maybe", "DATABASE_URL": "mysql://u:secret@h/db",
            "ROUNDTABLE_TIME_ZONE": "Mars/Olympus", "ROUNDTABLE_SESSION_IDLE_MINUTES": "0",
        ]
        #expect {
            try AppConfiguration.parse(environment)
        } throws: { error in
            guard let invalid = error as? AppConfiguration.Invalid else { return false }
            let variables = Set(invalid.problems.map(\.variable))
            return variables == [
                "ROUNDTABLE_PORT", "ROUNDTABLE_TRUST_PROXY", "DATABASE_URL", "ROUNDTABLE_TIME_ZONE",
                "ROUNDTABLE_SESSION_IDLE_MINUTES",
            ]
                // A database URL may hold a password: it must never be echoed back.
                && !invalid.description.contains("secret")
                && invalid.description.contains("README")
        }
    }

    @Test("A PostgreSQL DATABASE_URL selects PostgreSQL", arguments: ["postgres", "postgresql"])
    func postgresURL(scheme: String) throws {
        let url = "\(scheme)://app:pw@db.internal:5432/roundtable"
        let configuration = try AppConfiguration.parse(["DATABASE_URL": url])
        #expect(configuration.database == .postgres(url: url))
    }

    @Test("A PostgreSQL URL without a database name is refused")
    func postgresURLWithoutDatabase() {
        #expect(throws: AppConfiguration.Invalid.self) {
            try AppConfiguration.parse(["DATABASE_URL": "postgres://app:pw@db.internal:5432"])
        }
    }

    @Test("The data directory moves the SQLite file")
    func dataDirectory() throws {
        let configuration = try AppConfiguration.parse(["ROUNDTABLE_DATA_DIR": "/var/lib/roundtable"])
        #expect(configuration.database == .sqlite(path: "/var/lib/roundtable/roundtable.sqlite"))
    }

    @Test(
        "Setup asks for a code only when the server is reachable from the network",
        arguments: [
            ("127.0.0.1", false), ("localhost", false), ("::1", false), ("127.0.1.1", false), ("0.0.0.0", true),
            ("192.0.2.10", true), ("::", true),
        ])
    func setupCode(host: String, required: Bool) throws {
        #expect(try AppConfiguration.parse(["ROUNDTABLE_HOST": host]).requiresSetupCode == required)
    }

    @Test("Cookies are marked Secure when people reach the server over HTTPS, even through a proxy")
    func secureCookiesFollowPublicURL() throws {
        let behindProxy = try AppConfiguration.parse([
            "ROUNDTABLE_PUBLIC_URL": "https://meetings.oak.example/", "ROUNDTABLE_TRUST_PROXY": "true",
        ])
        #expect(behindProxy.secureCookies)
        #expect(behindProxy.trustProxy)
        #expect(behindProxy.publicURL.absoluteString == "https://meetings.oak.example")
    }

    @Test("The idle timeout cannot outlast the absolute one")
    func idleWithinAbsolute() {
        #expect(throws: AppConfiguration.Invalid.self) {
            try AppConfiguration.parse([
                "ROUNDTABLE_SESSION_IDLE_MINUTES": "600", "ROUNDTABLE_SESSION_MAX_HOURS": "2",
            ])
        }
    }

    @Test("A fixed setup code must be long enough not to be guessed")
    func shortSetupCode() {
        #expect(throws: AppConfiguration.Invalid.self) {
            try AppConfiguration.parse(["ROUNDTABLE_SETUP_CODE": "1234"])
        }
    }

    @Test("A stop waits ten seconds for requests under way unless told otherwise")
    func stopGracePeriod() throws {
        #expect(try AppConfiguration.parse([:]).stopGracePeriod == 10)
        #expect(try AppConfiguration.parse(["ROUNDTABLE_STOP_GRACE_SECONDS": "25"]).stopGracePeriod == 25)
    }

    @Test(
        "A grace period of none, of more than systemd waits, or not a number is refused",
        arguments: ["0", "61", "ten", "-5"])
    func invalidStopGracePeriod(raw: String) {
        #expect {
            try AppConfiguration.parse(["ROUNDTABLE_STOP_GRACE_SECONDS": raw])
        } throws: { error in
            (error as? AppConfiguration.Invalid)?.problems.map(\.variable) == ["ROUNDTABLE_STOP_GRACE_SECONDS"]
        }
    }
}

@Suite("Which host the server listens on")
struct ListenHostTests {
    @Test(
        "Addresses and host names are accepted",
        arguments: [
            "127.0.0.1", "0.0.0.0", "192.0.2.10", "localhost", "::", "::1", "[::1]", "fe80::1",
            "2001:db8::8a2e:370:7334",
            "::ffff:192.0.2.1", "roundtable.oak.example", "app-1", "my_service",
        ])
    func accepted(host: String) throws {
        #expect(AppConfiguration.isValidHost(host))
        #expect(try AppConfiguration.parse(["ROUNDTABLE_HOST": host]).host == host)
    }

    @Test(
        "Anything else is named with the variable, before the server tries to listen",
        arguments: [
            "not a host!", "not-a-host!", "http://127.0.0.1", "127.0.0.1:8080", "256.1.1.1", "1.2.3", "-start.example",
            "a..b", "::1::2", "1:2:3:4:5:6:7:8:9", "[::1", "höst.example", "gggg::1", "host/path", "under score",
        ])
    func refused(host: String) {
        #expect(!AppConfiguration.isValidHost(host))
        #expect {
            try AppConfiguration.parse(["ROUNDTABLE_HOST": host])
        } throws: { error in
            let description = (error as? AppConfiguration.Invalid)?.description ?? ""
            return description.contains("ROUNDTABLE_HOST: expected a host name or IP address")
                && description.contains("\"\(host)\"")
        }
    }
}
