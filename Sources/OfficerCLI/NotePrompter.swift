import ArgumentKit

/// Asks for a missing note field at the terminal: quick to answer, hard to get wrong.
///
/// Topics offer the ones used recently, picked by number or typed freely. An empty answer is
/// asked again once; end of input gives up without writing anything.
struct NotePrompter {
    let suggestions: [String]

    func ask(_ label: String, offering: Bool) throws -> String {
        if offering && !suggestions.isEmpty {
            let numbered = suggestions.prefix(9).enumerated().map { "\($0.offset + 1)) \($0.element)" }
            Console.say("Recent topics: " + numbered.joined(separator: "  "))
        }
        for _ in 0..<2 {
            guard let answer = Terminal.prompt("\(label): ", output: Console.errors) else { break }
            if let picked = pick(answer, offering: offering) { return picked }
            Console.say("\(label) cannot be empty.")
        }
        throw CommandError.usage("no \(label.lowercased()) given; nothing was recorded")
    }

    private func pick(_ answer: String, offering: Bool) -> String? {
        let trimmed = NoteInput.trimmed(answer)
        if offering, let number = Int(trimmed), (1...min(9, suggestions.count)).contains(number) {
            return suggestions[number - 1]
        }
        return trimmed.isEmpty ? nil : trimmed
    }
}
