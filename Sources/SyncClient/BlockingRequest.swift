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
                outcome = .failure(.unreachable(error.localizedDescription))
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
}
