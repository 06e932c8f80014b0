import Foundation
import Testing
import TestSupport

/// Every curl example in SyncProtocol.md runs as written against a running server.
@Suite struct SyncProtocolDocTests {
    static var documentURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SyncProtocol.md")
    }

    /// The `sh` blocks of the Examples section, in order.
    static func exampleBlocks() throws -> [String] {
        let text = try String(contentsOf: documentURL, encoding: .utf8)
        guard let start = text.range(of: "## 10. Examples") else { return [] }
        var section = text[start.upperBound...]
        if let end = section.range(of: "\n## ") { section = section[..<end.lowerBound] }
        return section.components(separatedBy: "```sh\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
    }

    @Test func curlExamples_RunAsWritten() throws {
        let blocks = try Self.exampleBlocks()
        #expect(blocks.count >= 5)
        #expect(blocks.first?.contains("fieldkit-server serve") == true, "the first block starts a server; the test starts its own on port 0")
        let server = try ServerProcess()
        let token = try server.enroll("Curl Example")
        var outputs: [String] = []
        for block in blocks.dropFirst() {
            let result = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-euo", "pipefail", "-c", block],
                                               environment: ["SERVER": server.url, "TOKEN": token, "FIELDKIT_STORE": server.store])
            #expect(result.status == 0, "example failed: \(block)\n\(result.stderr)")
            outputs.append(result.stdout)
        }
        let all = outputs.joined(separator: "\n")
        #expect(outputs[0].contains("\"status\":\"ok\""))
        #expect(outputs[1].contains("\"change\":\"inserted\""))
        #expect(outputs[2].contains("0c0ffee0-0000-4000-8000-000000000001"))
        #expect(outputs[3].contains("forged_counter"))
        #expect(outputs[4].contains("401"))
        #expect(outputs[5].contains("\"server_time\""), "a pull with FieldKit-Device-Time is served")
        #expect(outputs.count > 6 && outputs[6].contains("\"code\":\"invalid_record\"") && outputs[6].contains("without consent"))
        #expect(!all.contains("\"code\":\"internal_error\""))
    }
}
