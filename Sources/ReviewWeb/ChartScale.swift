/// A value axis from 0 to a round maximum with evenly spaced ticks: 0, 5, 10, 15, 20.
struct ChartScale: Equatable {
    let maximum: Int
    let step: Int

    /// The smallest round axis holding `value`, with about `tickCount` steps of 1, 2 or 5 × 10ⁿ.
    init(fitting value: Int, tickCount: Int = 4) {
        let raw = max(1, (max(value, 1) + tickCount - 1) / tickCount)
        var magnitude = 1
        while magnitude * 10 <= raw { magnitude *= 10 }
        step = [1, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
        maximum = max(step, (max(value, 1) + step - 1) / step * step)
    }

    var ticks: [Int] {
        Array(stride(from: 0, through: maximum, by: step))
    }

    /// Where `value` lies along the axis, from 0 to 1.
    func fraction(_ value: Int) -> Double {
        Double(value) / Double(maximum)
    }
}
