import Synchronization

/// The server's "stop now" flag, also readable through a pipe so threads blocked in poll wake up.
///
/// Once raised the pipe stays readable (its byte is never read), so every poll that includes it,
/// now or later, returns at once: no wake-up can be missed.
final class StopSignal: Sendable {
    private let raised = Atomic<Bool>(false)
    /// The end to include in poll.
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    init() throws(SocketError) {
        (readDescriptor, writeDescriptor) = try SystemCalls.pipe()
    }

    deinit {
        SystemCalls.close(readDescriptor)
        SystemCalls.close(writeDescriptor)
    }

    var isRaised: Bool {
        raised.load(ordering: .acquiring)
    }

    /// Raises the signal; later calls do nothing.
    func raise() {
        if !raised.exchange(true, ordering: .acquiringAndReleasing) {
            SystemCalls.writeByte(writeDescriptor)
        }
    }
}
