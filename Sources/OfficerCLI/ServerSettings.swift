import ArgumentKit
import Foundation

/// A sync server URL and token given together on the command line, checked for shape.
struct ServerSettings {
    let url: String
    let token: String

    /// Nil when neither was given; a usage error when only one was, or the URL is not http(s).
    init?(_ parsed: ParsedArguments) throws {
        switch (parsed.string("server"), parsed.string("token")) {
        case (nil, nil):
            return nil
        case (let url?, let token?):
            guard let components = URLComponents(string: url), ["http", "https"].contains(components.scheme ?? ""),
                  components.host?.isEmpty == false else {
                throw CommandError.usage("--server must be an http:// or https:// URL, got '\(url)'")
            }
            guard !token.isEmpty, !token.contains(where: \.isWhitespace) else {
                throw CommandError.usage("--token must be the token exactly as enrolled, without spaces")
            }
            self.url = url.hasSuffix("/") ? String(url.dropLast()) : url
            self.token = token
        case (nil, _):
            throw CommandError.usage("--token needs --server")
        case (_, nil):
            throw CommandError.usage("--server needs --token")
        }
    }
}
