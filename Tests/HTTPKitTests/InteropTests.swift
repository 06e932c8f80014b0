import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import HTTPKit

/// Real clients against the live server: curl and Foundation's URLSession.
struct InteropTests {
    /// Answers uploads with their size and a simple checksum, and records whether 100-continue was asked for.
    static let uploadHandler: HTTPHandler = { request in
        let sum = request.body.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF_FFFF }
        return .json(.ok, Array("{\"bytes\":\(request.body.count),\"sum\":\(sum),\"expect\":\"\(request.headers["Expect"] ?? "")\"}".utf8))
    }

    static func checksum(_ data: [UInt8]) -> Int {
        data.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF_FFFF }
    }

    /// Runs curl with `arguments`; returns its exit status and standard output. curl's own --max-time bounds it.
    static func curl(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["--silent", "--show-error", "--max-time", "30"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func curl_PostTwoMegabytes_UsesContinueAndArrivesWhole() throws {
        let body = (0..<(2 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("httpkit-\(UUID().uuidString).bin")
        try Data(body).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try TestServer.with(handler: Self.uploadHandler) { _, port in
            // Without our 100 Continue curl would wait 60 s before sending, beyond its 30 s limit: the test would fail.
            let (status, output) = try Self.curl([
                "--expect100-timeout", "60", "-H", "Content-Type: application/octet-stream",
                "--data-binary", "@\(file.path)", "http://127.0.0.1:\(port)/upload",
            ])
            #expect(status == 0)
            #expect(output == "{\"bytes\":\(body.count),\"sum\":\(Self.checksum(body)),\"expect\":\"100-continue\"}")
        }
    }

    @Test func curl_TwoGets_ReuseOneConnection() throws {
        try TestServer.with { _, port in
            let (status, output) = try Self.curl([
                "--write-out", " connects=%{num_connects}\n",
                "http://127.0.0.1:\(port)/first", "http://127.0.0.1:\(port)/second",
            ])
            #expect(status == 0)
            #expect(output == "GET /first 0 connects=1\nGET /second 0 connects=0\n")
        }
    }

    @Test func curl_Head_ShowsLengthWithoutBody() throws {
        try TestServer.with(handler: Router().adding("GET", "/n", { _ in .text(.ok, "hello") }).handler) { _, port in
            let (status, output) = try Self.curl(["--head", "http://127.0.0.1:\(port)/n"])
            #expect(status == 0)
            #expect(output.contains("Content-Length: 5\r\n"))
            #expect(output.hasSuffix("\r\n\r\n"))
        }
    }

    @Test func urlSession_GetAndPost() async throws {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        let session = URLSession(configuration: configuration)
        defer { session.invalidateAndCancel() }
        let server = HTTPServer(configuration: TestServer.configuration(), handler: Self.uploadHandler)
        let port = try server.start()
        defer { server.stop() }

        let url = URL(string: "http://127.0.0.1:\(port)/v1/notes?x=1")!
        let (getData, getResponse) = try await session.data(from: url)
        #expect((getResponse as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: getData, as: UTF8.self) == "{\"bytes\":0,\"sum\":0,\"expect\":\"\"}")

        var post = URLRequest(url: url)
        post.httpMethod = "POST"
        post.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let payload = Array("{\"text\":\"Noise complaint, 3rd floor\"}".utf8)
        post.httpBody = Data(payload)
        let (postData, postResponse) = try await session.data(for: post)
        let http = try #require(postResponse as? HTTPURLResponse)
        #expect(http.statusCode == 200)
        #expect(http.value(forHTTPHeaderField: "Content-Type") == "application/json; charset=utf-8")
        #expect(String(decoding: postData, as: UTF8.self).hasPrefix("{\"bytes\":\(payload.count),\"sum\":\(Self.checksum(payload)),"))
    }
}
