import ArgumentKit
import Foundation
import Testing
@testable import BenchKit

/// Rows with a baseline are judged on their ratio; rows without one on an absolute bound, shown in their unit.
struct FigureTests {
    static func make(value: Double? = 120, target: Double = 150) -> Figure {
        .absolute("server peak RSS ingesting 1000 notes", unit: "MB", direction: .lowerIsBetter, value: value, target: target, note: "VmHWM")
    }

    @Test func absoluteFigure_IsJudgedOnItsValue() {
        #expect(Self.make(value: 120).met == true)
        #expect(Self.make(value: 151).met == false)
        #expect(Self.make(value: nil).met == nil)
        #expect(Self.make().ratio == nil)
    }

    @Test func ratioFigure_IsJudgedOnValueOverBaseline() {
        let figure = Figure(name: "merge", unit: "records/s", direction: .higherIsBetter, value: 300, baseline: 1000, target: 0.4, note: "")
        #expect(figure.ratio == 0.3)
        #expect(figure.met == false)
        #expect(figure.targetKind == .ratio)
    }

    @Test func table_ShowsAnAbsoluteTargetInTheRowsUnit_AndNoBaseline() {
        let ratio = Figure(name: "merge", unit: "records/s", direction: .higherIsBetter, value: 700, baseline: 1000, target: 0.6, note: "")
        let text = BenchReport(sizes: ["scale-notes": "1000"], figures: [Self.make(), ratio]).text()
        let memory = text.split(separator: "\n").first { $0.hasPrefix("server peak RSS") } ?? ""
        #expect(memory.contains("120.0 MB"))
        #expect(memory.contains("<= 150 MB"))
        #expect(memory.contains(" - "))
        #expect(memory.hasSuffix("yes"))
        let merge = text.split(separator: "\n").first { $0.hasPrefix("merge") } ?? ""
        #expect(merge.contains(">= 0.60"))
        #expect(merge.contains("0.70"))
    }

    @Test func json_NamesTheTargetKind() throws {
        let text = try JSONOutput.text(BenchReport(sizes: [:], figures: [Self.make()]))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let figure = (object?["figures"] as? [[String: Any]])?.first
        #expect(figure?["target_kind"] as? String == "absolute")
        #expect(figure?["target"] as? Double == 150)
        #expect(figure?["met"] as? Bool == true)
        #expect(figure?["baseline"] is NSNull)
        #expect(figure?["ratio"] is NSNull)
    }
}
