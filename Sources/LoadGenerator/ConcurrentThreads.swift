import Foundation

/// Runs one body per item, each on its own thread, all released at the same moment; returns when all are done.
///
/// Threads rather than tasks: every simulated device blocks in SQLite and in its HTTP request,
/// as the real `fieldkit` does, and a thread each is what makes 200 devices truly concurrent.
enum ConcurrentThreads {
    static func run<Item: Sendable>(_ items: [Item], _ body: @escaping @Sendable (Item) -> Void) {
        let ready = DispatchGroup()
        let finished = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for item in items {
            ready.enter()
            finished.enter()
            Thread.detachNewThread {
                ready.leave()
                start.wait()
                body(item)
                finished.leave()
            }
        }
        ready.wait()
        for _ in items { start.signal() }
        finished.wait()
    }
}
