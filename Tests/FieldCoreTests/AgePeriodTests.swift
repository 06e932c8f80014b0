import Testing
@testable import FieldCore

@Suite struct AgePeriodTests {
    @Test func parsing_HoursDaysAndWeeks_GivesTheirLength() {
        #expect(AgePeriod(parsing: "36h")?.milliseconds == 129_600_000)
        #expect(AgePeriod(parsing: "14d")?.milliseconds == 1_209_600_000)
        #expect(AgePeriod(parsing: "2w")?.milliseconds == 1_209_600_000)
        #expect(AgePeriod(parsing: "0h")?.milliseconds == 0)
        #expect(AgePeriod(parsing: "99999w")?.count == 99_999)
        #expect(AgePeriod(parsing: "14d")?.description == "14d")
    }

    @Test func parsing_Malformed_IsNil() {
        for text in ["", "14", "d", "1.5d", "-2w", "+2w", " 14d", "14d ", "14 d", "14D", "14dd", "14m", "14min", "14s",
                     "100000d", "١٤d", "0x1d", "1_0d"] {
            #expect(AgePeriod(parsing: text) == nil, "\(text) should be refused")
        }
    }

    @Test func approximately_PicksTheUnitAPersonWouldUse() {
        #expect(AgePeriod.approximately(milliseconds: 0) == AgePeriod(count: 0, unit: .seconds))
        #expect(AgePeriod.approximately(milliseconds: 2_400) == AgePeriod(count: 2, unit: .seconds))
        #expect(AgePeriod.approximately(milliseconds: -14 * 60_000 - 20_000) == AgePeriod(count: 14, unit: .minutes))
        #expect(AgePeriod.approximately(milliseconds: 36 * 3_600_000) == AgePeriod(count: 36, unit: .hours))
        #expect(AgePeriod.approximately(milliseconds: 3 * 86_400_000 + 3_600_000) == AgePeriod(count: 3, unit: .days))
        #expect(AgePeriod.approximately(milliseconds: Int64.min).unit == .days)
        #expect(AgePeriod(count: 12, unit: .minutes).english == "12 minutes")
        #expect(AgePeriod(count: 1, unit: .days).english == "1 day")
    }

    @Test func clockOffset_FromOneRequest_SplitsTheRoundTrip() {
        let offset = ClockOffset.measured(sent: Timestamp(milliseconds: 1_000), received: Timestamp(milliseconds: 1_200),
                                          serverTime: Timestamp(milliseconds: 61_100))
        #expect(offset.milliseconds == 60_000 && offset.deviceIsBehind && !offset.deservesWarning)
        #expect(offset.measuredAt == Timestamp(milliseconds: 1_200))
    }

    @Test func clockOffset_Label_ShowsTheDeviceClockAgainstTheServers() {
        #expect(ClockOffset(milliseconds: 14 * 60_000, measuredAt: Timestamp(milliseconds: 0)).deviceClockLabel == "\u{2212}14 min")
        #expect(ClockOffset(milliseconds: -2_000, measuredAt: Timestamp(milliseconds: 0)).deviceClockLabel == "+2 s")
        #expect(ClockOffset(milliseconds: 300, measuredAt: Timestamp(milliseconds: 0)).deviceClockLabel == "0 s")
        #expect(ClockOffset(milliseconds: -5 * 60_000 - 1, measuredAt: Timestamp(milliseconds: 0)).deservesWarning)
        #expect(!ClockOffset(milliseconds: 5 * 60_000, measuredAt: Timestamp(milliseconds: 0)).deservesWarning)
    }
}
