import Foundation
import Testing
@testable import BenchKit

/// `/proc/<pid>/status` as Linux writes it: tab after the colon, sizes in kB.
struct ProcStatusTests {
    static let sample = """
        Name:\tfieldkit-server
        Umask:\t0022
        State:\tS (sleeping)
        Pid:\t4242
        Uid:\t1000\t1000\t1000\t1000
        VmPeak:\t  812344 kB
        VmSize:\t  812340 kB
        VmHWM:\t  101532 kB
        VmRSS:\t   88120 kB
        Threads:\t5

        """

    @Test func kilobytes_OfVmHWM_IsThePeak() {
        #expect(ProcStatus.kilobytes("VmHWM", in: Self.sample) == 101_532)
        #expect(ProcStatus.kilobytes("VmRSS", in: Self.sample) == 88_120)
    }

    @Test func kilobytes_OfMissingOrUnitlessField_IsNil() {
        #expect(ProcStatus.kilobytes("VmSwap", in: Self.sample) == nil)
        #expect(ProcStatus.kilobytes("Threads", in: Self.sample) == nil)
        #expect(ProcStatus.kilobytes("VmHWM", in: "VmHWM:\tlots kB\n") == nil)
    }

    @Test func field_OfUid_IsTheWholeLineAfterTheColon() {
        #expect(ProcStatus.field("Uid", in: Self.sample) == "1000\t1000\t1000\t1000")
    }

    @Test func peakResidentBytes_OfThisProcess_IsPositive() {
        #expect((ProcStatus.peakResidentBytes(of: ProcessInfo.processInfo.processIdentifier) ?? 0) > 0)
        #expect(ProcStatus.ownUserID() != nil)
    }
}
