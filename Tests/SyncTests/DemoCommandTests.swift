import FieldCore
import Foundation
import TestSupport
import Testing

/// `fieldkit-server demo`: the whole loop on loopback, and nothing left behind after Ctrl-C.
@Suite struct DemoCommandTests {
    @Test func demo_SyncsTheSampleWithAConflictAndCleansUp() throws {
        let process = Process()
        process.executableURL = ProcessRunner.binary("fieldkit-server")
        process.arguments = ["demo", "--port", "0", "--sample", TemporaryFolder.repositoryFile("Fixtures/sample.json").path]
        let (stdout, stderr) = (Pipe(), Pipe())
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errors = ReadInBackground(stderr.fileHandleForReading)
        let url = ProcessRunner.readLine(stdout.fileHandleForReading).replacingOccurrences(of: "listening on ", with: "")
        let review = ProcessRunner.readLine(stdout.fileHandleForReading)
        let token = ProcessRunner.readLine(stdout.fileHandleForReading).replacingOccurrences(of: "coordinator token: ", with: "")
        #expect(url.hasPrefix("http://127.0.0.1:") && review == "review: \(url)/review" && token.hasPrefix("fk_"))

        let pull = try ProcessRunner.curl(["\(url)/v1/pull?limit=1000", "-H", "Authorization: Bearer \(token)", "-H", "FieldKit-Device: demo-check"])
        let records = try (JSONParser.parse(pull.stdout)["records"]?.arrayValue ?? []).map(Record.init(wire:))
        #expect(records.filter { $0.kind == .note }.count == 63)
        #expect(records.filter(\.hasConflict).count == 1, "the same field edited on both laptops")

        let signIn = try ProcessRunner.curl(["-o", "/dev/null", "-w", "%{http_code}", "\(url)/review/signin"])
        #expect(signIn.line == "200", "the review pages are served")

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let log = String(decoding: errors.wait(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        let folder = try #require(log.components(separatedBy: "files in ").last?.components(separatedBy: " are then").first)
        #expect(folder.contains("fieldkit-demo-") && !FileManager.default.fileExists(atPath: folder), "Ctrl-C leaves nothing behind")
    }
}
