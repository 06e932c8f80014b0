import Testing
import ArgumentKit

/// The test sink keeps every write, even from concurrent tasks.
@Suite struct CapturedTextTests {
    @Test func write_FromManyTasks_KeepsEveryWrite() async {
        let sink = CapturedText()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 {
                group.addTask { sink.write("x") }
            }
        }
        #expect(sink.text.count == 100)
    }
}
