import Dispatch
import Foundation
import Testing
import HTTPKit

struct ProcessSignalsTests {
    /// Sends SIGTERM to this test process: if the default action were not replaced, the whole run would die.
    @Test func signals_Terminate_CallsHandlerAndProcessSurvives() {
        let received = DispatchSemaphore(value: 0)
        ProcessSignals.onTerminate { number in
            if number == SIGTERM { received.signal() }
        }
        kill(getpid(), SIGTERM)
        #expect(received.wait(timeout: .now() + 10) == .success)
    }
}
