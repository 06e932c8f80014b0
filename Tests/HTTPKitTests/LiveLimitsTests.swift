import Dispatch
import Foundation
import Testing
import HTTPKit
import TestSupport

/// The server's limits on a real socket: size, time, connection count, and shutdown.
struct LiveLimitsTests {
    @Test func live_OneGigabyteDeclared_Gets413WithoutSendingBody() throws {
        try TestServer.with { _, port in
            let client = try TestClient(port: port)
            // Only the head is sent: the answer can only come if the server does not wait for the body.
            try client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.errorCode == "payload_too_large")
            #expect(response.closesConnection)
            #expect(client.isClosedByServer())
        }
    }

    @Test func live_SlowClient_IsCutOffByRequestTimeout() throws {
        let configuration = TestServer.configuration {
            $0.requestTimeout = .milliseconds(300)
            $0.readTimeout = .seconds(10)
        }
        try TestServer.with(configuration) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n")
            // Keep dribbling one header byte every 20 ms, so the read timeout never fires; at most ~10 s.
            var answered = false
            for _ in 0..<500 where !answered {
                guard (try? client.send("a")) != nil else { break }
                answered = try client.socket.wait(timeout: .milliseconds(20)) == .ready
            }
            // Only the request deadline can answer while bytes keep coming; a read timeout would need silence.
            #expect(answered, "the client was not cut off while it was still sending")
            guard answered else { return }
            let response = try client.readResponse()
            #expect(response.status == 408)
            #expect(response.errorCode == "request_timeout")
            #expect(response.closesConnection)
        }
    }

    @Test func live_StalledRequest_IsCutOffByReadTimeout() throws {
        try TestServer.with(TestServer.configuration { $0.readTimeout = .milliseconds(300) }) { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
            let response = try client.readResponse()
            #expect(response.status == 408)
            #expect(client.isClosedByServer())
        }
    }

    @Test func live_IdleKeepAlive_IsClosedSilently() throws {
        try TestServer.with(TestServer.configuration { $0.keepAliveIdleTimeout = .milliseconds(200) }) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().status == 200)
            #expect(client.isClosedByServer())
        }
    }

    @Test func live_ConnectionCap_RefusesExtraWith503AndStaysUp() throws {
        try TestServer.with(TestServer.configuration { $0.maxConnections = 2 }) { _, port in
            let first = try TestClient(port: port)
            let second = try TestClient(port: port)
            // A full exchange on each proves both were accepted and counted before the third arrives.
            for client in [first, second] {
                try client.send("GET /held HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().status == 200)
            }
            let third = try TestClient(port: port)
            let refused = try third.readResponse()
            #expect(refused.status == 503)
            #expect(refused.errorCode == "service_unavailable")
            #expect(refused.closesConnection)
            #expect(third.isClosedByServer())

            try first.send("GET /still-up HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            #expect(try first.readResponse().text == "GET /still-up 0")
            #expect(first.isClosedByServer())
            #expect(try Self.eventuallyServed(port: port))
        }
    }

    /// Tries a new connection until the server has released a slot (it does so just after closing); bounded.
    private static func eventuallyServed(port: Int) throws -> Bool {
        for _ in 0..<100 {
            let client = try TestClient(port: port)
            try client.send("GET /again HTTP/1.1\r\nHost: x\r\n\r\n")
            if try client.readResponse().status == 200 { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test func live_GracefulStop_FinishesInFlightAndRefusesNew() throws {
        let started = DispatchSemaphore(value: 0)
        let server = HTTPServer(configuration: TestServer.configuration(), handler: { request in
            started.signal()
            Thread.sleep(forTimeInterval: 0.3)
            return .text(.ok, "finished \(request.path)")
        })
        let port = try server.start()
        defer { server.stop() }
        let client = try TestClient(port: port)
        try client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(started.wait(timeout: .now() + 10) == .success)
        server.stop(grace: .seconds(10))

        let response = try client.readResponse()
        #expect(response.text == "finished /slow")
        #expect(response.closesConnection)
        #expect(throws: SocketError.self) { try TestClient(port: port) }
    }

    @Test func live_Stop_ClosesIdleConnectionsAndIsIdempotent() throws {
        let log = LogRecorder()
        let server = HTTPServer(configuration: TestServer.configuration(), handler: TestServer.echo, log: log.sink)
        let port = try server.start()
        let client = try TestClient(port: port)
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        server.stop(grace: .seconds(30))
        #expect(client.isClosedByServer())
        // Closed because it was idle, not because the grace period ran out.
        #expect(!log.all.contains { $0.contains("force-closed") })
        server.stop()
        server.waitUntilStopped()
        #expect(throws: HTTPServerError.alreadyStopped) { try server.start() }
    }

    @Test func live_Stop_ForceClosesAfterGrace() throws {
        let log = LogRecorder()
        let server = HTTPServer(configuration: TestServer.configuration(), handler: TestServer.echo, log: log.sink)
        let port = try server.start()
        let client = try TestClient(port: port)
        try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        // Once 100 Continue arrives the server is reading the body: mid-request, so only the grace deadline ends it.
        try client.send("POST /x HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 100\r\n\r\n")
        #expect(try client.readResponse().status == 100)
        try client.send("partial")
        server.stop(grace: .milliseconds(200))
        #expect(client.isClosedByServer())
        #expect(log.all.contains("grace period over: force-closed 1 connection(s)"))
    }

    @Test func live_StartTwice_Throws() throws {
        try TestServer.with { server, _ in
            #expect(throws: HTTPServerError.alreadyStarted) { try server.start() }
        }
    }

    @Test func live_PortInUse_ThrowsSocketError() throws {
        try TestServer.with { _, port in
            let second = HTTPServer(configuration: TestServer.configuration { $0.port = port }, handler: TestServer.echo)
            #expect(throws: SocketError.self) { try second.start() }
        }
    }
}
