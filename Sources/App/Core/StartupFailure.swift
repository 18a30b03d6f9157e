import Foundation
import RoundtableCore
import RoundtableViews

/// One clear line for the errors an operator meets when starting the server, naming the
/// cause and what to check, instead of a dump of nested library errors.
public enum StartupFailure {
    public static func message(for error: any Error, configuration: AppConfiguration) -> String? {
        // Library errors hide their cause at different depths; their reflected text holds it all.
        let text = (String(reflecting: error) + " " + String(describing: error)).lowercased()
        func mentions(_ words: String...) -> Bool { words.contains { text.contains($0) } }

        if case .postgres(let url) = configuration.database,
            mentions("psql", "postgres", "connection", "nioconnectionerror", "econnrefused", "errno")
        {
            let components = URLComponents(string: url)
            let place = "\(components?.host ?? "?"):\(components?.port ?? 5432)"
            if mentions("connection refused", "econnrefused", "errnocode: 111", "errno: 111") {
                return "Roundtable cannot start: PostgreSQL at \(place) refused the connection (connection refused). "
                    + "Check DATABASE_URL and that PostgreSQL is running and listening there."
            }
            if mentions("timeout", "timed out") {
                return "Roundtable cannot start: PostgreSQL at \(place) did not answer (timed out). "
                    + "Check DATABASE_URL and the network between this server and the database."
            }
            if mentions("unknown host", "could not resolve", "resolution", "name or service not known", "nodename") {
                return "Roundtable cannot start: the database host in DATABASE_URL (\(place)) could not be found. "
                    + "Check its spelling."
            }
            if mentions("password authentication failed", "28p01", "authentication") {
                return
                    "Roundtable cannot start: PostgreSQL at \(place) refused the user name or password in DATABASE_URL."
            }
            if mentions("does not exist", "3d000") {
                return "Roundtable cannot start: the database named in DATABASE_URL does not exist on \(place). "
                    + "Create it first (createdb)."
            }
        }
        let listen = "\(configuration.host):\(configuration.port)"
        if mentions("address already in use", "eaddrinuse") {
            return
                "Roundtable cannot start: another program is already listening on \(listen) (address already in use). "
                + "Stop it, or choose another ROUNDTABLE_PORT."
        }
        if mentions("socketaddresserror") {
            return "Roundtable cannot start: it cannot listen on ROUNDTABLE_HOST \"\(configuration.host)\": "
                + "the name does not resolve to an address on this machine. Use an address such as 127.0.0.1 or 0.0.0.0."
        }
        if mentions("permission denied", "eacces") && configuration.port < 1024 {
            return "Roundtable cannot start: listening on port \(configuration.port) needs extra rights. "
                + "Choose a ROUNDTABLE_PORT of 1024 or above, behind a reverse proxy."
        }
        return nil
    }
}
