import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Runs one URLSession request to completion on the calling thread.
///
/// The CLI is synchronous; a semaphore waits for the completion handler, and a Mutex carries
/// the result across threads without a data race.
enum BlockingRequest {
    static func perform(_ request: URLRequest, with session: URLSession) throws -> (Data, Int) {
        let result = Mutex<Result<(Data, Int), SyncFailure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            let outcome: Result<(Data, Int), SyncFailure>
            if let error {
                outcome = .failure(failure(for: error))
            } else if let http = response as? HTTPURLResponse {
                outcome = .success((data ?? Data(), http.statusCode))
            } else {
                outcome = .failure(.badResponse("no HTTP response"))
            }
            result.withLock { $0 = outcome }
            done.signal()
        }
        task.resume()
        done.wait()
        guard let outcome = result.withLock({ $0 }) else { throw SyncFailure.badResponse("no response") }
        return try outcome.get()
    }

    /// TLS trust failures are told apart from "no network": the officer needs different advice.
    ///
    /// On Linux, URLSession reports libcurl's TLS failures with code -1 (unknown) and libcurl's text
    /// ("SSL certificate problem: ...", "SSL: no alternative certificate subject name matches ..."),
    /// so the text is checked as well as the codes Apple's platforms use.
    static func failure(for error: any Error) -> SyncFailure {
        let trustCodes: Set<URLError.Code> = [
            .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
            .serverCertificateNotYetValid, .secureConnectionFailed, .clientCertificateRejected,
        ]
        let text = error.localizedDescription
        let isTLS = text.hasPrefix("SSL") || text.contains("certificate")
        if let urlError = error as? URLError, trustCodes.contains(urlError.code) || isTLS {
            return .untrustedServer(urlError.localizedDescription)
        }
        return .unreachable(error.localizedDescription)
    }
}
