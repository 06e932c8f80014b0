import Foundation
import HTTPKit

/// What the review pages read from a request beyond its path.
extension HTTPRequest {
    /// Whether the browser reached us over https, through a reverse proxy that says so.
    var cameThroughHTTPS: Bool {
        headers["X-Forwarded-Proto"]?.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } == "https"
    }

    /// The page language the browser asks for.
    var language: Language {
        Language.negotiate(headers["Accept-Language"])
    }

    /// Whether the browser says this request came from another site (RFC 6454 §7, Fetch Metadata).
    ///
    /// Refused: an `Origin` naming another host than `Host`, or `Sec-Fetch-Site` other than
    /// `same-origin`. `Origin: null` says nothing: under our `Referrer-Policy: no-referrer`
    /// browsers send it even for our own forms (Fetch §3.1, "serializing a request origin"), and
    /// so can any other page; `Sec-Fetch-Site`, which that policy does not touch, and the CSRF
    /// token decide then. The scheme is not compared, since behind a TLS proxy the browser's
    /// https differs from what reaches us.
    var comesFromAnotherSite: Bool {
        if let site = headers["Sec-Fetch-Site"], site.lowercased() != "same-origin" { return true }
        guard let origin = headers["Origin"], origin != "null" else { return false }
        guard let host = headers["Host"], let schemeEnd = origin.range(of: "://") else { return true }
        let authority = origin[schemeEnd.upperBound...]
        return authority.contains("/") || authority.lowercased() != host.lowercased()
    }
}
