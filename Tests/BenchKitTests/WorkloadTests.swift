import FieldStore
import Testing
@testable import BenchKit

/// The benchmark's workload must be one the real push accepts, or the merge figure measures refusals.
struct WorkloadTests {
    @Test func workload_PushedIntoCentralStore_IsAcceptedWhole() throws {
        let workload = Workload.make(notes: 3000, batchSize: 500)
        let store = try CentralStore.inMemory()
        for batch in workload.batches {
            _ = try store.push(batch.records, from: batch.device)
        }
        #expect(workload.recordCount == 3000)
        #expect(try store.allRecords().count == workload.newNotes)
    }

    @Test func workload_ConcurrentUpdates_BecomeConflictsOnTheServer() throws {
        let workload = Workload.make(notes: 3000, batchSize: 500)
        let store = try CentralStore.inMemory()
        for batch in workload.batches {
            _ = try store.push(batch.records, from: batch.device)
        }
        #expect(workload.concurrentUpdates > 0)
        #expect(try store.allRecords().contains { $0.hasConflict })
    }

    @Test func workload_SameSeed_IsTheSameWorkload() {
        let first = Workload.make(notes: 200, batchSize: 100)
        let second = Workload.make(notes: 200, batchSize: 100)
        #expect(first.batches.map(\.records) == second.batches.map(\.records))
    }
}
