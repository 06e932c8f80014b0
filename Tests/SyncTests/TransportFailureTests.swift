import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SyncClient
import Testing

/// The officer is told "not trusted" for TLS failures and "not reachable" for network ones.
@Suite struct TransportFailureTests {
    @Test func curlCertificateProblem_IsUntrustedServer() {
        let error = URLError(.unknown, userInfo: [NSLocalizedDescriptionKey: "SSL certificate problem: self-signed certificate"])
        #expect(BlockingRequest.failure(for: error) == .untrustedServer("SSL certificate problem: self-signed certificate"))
    }

    @Test func wrongHostName_IsUntrustedServer() {
        let text = "SSL: no alternative certificate subject name matches target host name 'example.nl'"
        let error = URLError(.unknown, userInfo: [NSLocalizedDescriptionKey: text])
        #expect(BlockingRequest.failure(for: error) == .untrustedServer(text))
    }

    @Test func appleTrustCode_IsUntrustedServer() {
        if case .untrustedServer = BlockingRequest.failure(for: URLError(.serverCertificateUntrusted)) {
        } else {
            Issue.record("serverCertificateUntrusted was not classed as a trust failure")
        }
    }

    @Test func refusedConnection_IsUnreachableAndTemporary() {
        let error = URLError(.cannotConnectToHost, userInfo: [NSLocalizedDescriptionKey: "Could not connect to the server."])
        let failure = BlockingRequest.failure(for: error)
        #expect(failure == .unreachable("Could not connect to the server."))
        #expect(failure.isTemporary)
        #expect(!SyncFailure.untrustedServer("x").isTemporary, "retrying unchanged cannot fix a certificate")
    }
}
