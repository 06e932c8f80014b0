import Foundation
import Locking

/// A headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`):
/// fd 3 carries our commands in, fd 4 its answers and events out, each a JSON text ending in NUL.
///
/// Every wait is bounded by `timeout`, so a stuck browser fails the test instead of hanging it.
final class HeadlessChromium {
    static let timeout: TimeInterval = 45

    /// The browser binary, or nil when none is installed.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return ["chromium", "chromium-browser"].lazy.flatMap { name in folders.map { $0 + "/" + name } }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private let process = Process()
    private let commands = Pipe(), answers = Pipe()
    private let inbox = Inbox()
    private let profile = NSTemporaryDirectory() + "fieldkit-chromium-" + UUID().uuidString
    private var lastID = 0
    private var session = ""
    /// Methods of the events seen since the last `clearEvents()`, such as "Page.loadEventFired".
    private(set) var events: [String] = []

    init(width: Int = 1280, height: Int = 900) throws {
        guard let executable = Self.executable else { throw BrowserError("chromium is not installed") }
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell hands our pipes to Chromium as fds 3 and 4, then gives it no stdin or stdout of its own.
        process.arguments = ["-c", #"exec "$0" "$@" 3<&0 4>&1 0</dev/null 1>/dev/null 2>/dev/null"#, executable,
                             "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--remote-debugging-pipe", "--user-data-dir=\(profile)",
                             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                             "--disable-background-networking", "--hide-scrollbars", "--window-size=\(width),\(height)", "about:blank"]
        process.standardInput = commands
        process.standardOutput = answers
        try process.run()
        inbox.read(answers.fileHandleForReading)
        let target = try call("Target.createTarget", ["url": "about:blank"], inPage: false)["targetId"] as? String ?? ""
        session = try call("Target.attachToTarget", ["targetId": target, "flatten": true], inPage: false)["sessionId"] as? String ?? ""
        _ = try call("Page.enable")
        _ = try call("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Sends one command and returns its result; a protocol error throws.
    @discardableResult
    func call(_ method: String, _ parameters: [String: Any] = [:], inPage: Bool = true) throws -> [String: Any] {
        lastID += 1
        var message: [String: Any] = ["id": lastID, "method": method, "params": parameters]
        if inPage { message["sessionId"] = session }
        commands.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: message) + Data([0]))
        while true {
            let answer = try next()
            guard answer["id"] as? Int == lastID else { continue }
            if let error = answer["error"] { throw BrowserError("\(method): \(error)") }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    /// Loads `url` and waits for its load event.
    func open(_ url: String) throws {
        events.removeAll()
        try call("Page.navigate", ["url": url])
        try waitFor("Page.loadEventFired")
    }

    /// Runs `expression` in the page and returns its value (DevTools evaluation is not subject to the page's CSP).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let thrown = result["exceptionDetails"] { throw BrowserError("\(expression): \(thrown)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Runs `expression`, which makes the page navigate (a form submit), and waits for the next page's load.
    func evaluateAndWaitForLoad(_ expression: String) throws {
        events.removeAll()
        _ = try evaluate(expression)
        try waitFor("Page.loadEventFired")
    }

    /// The page's document as markup, read through the DOM domain.
    func dom() throws -> String {
        let root = try call("DOM.getDocument", ["depth": 0])["root"] as? [String: Any]
        return try call("DOM.getOuterHTML", ["nodeId": root?["nodeId"] as? Int ?? 0])["outerHTML"] as? String ?? ""
    }

    /// A PNG of the whole page, up to `maximumHeight` pixels tall.
    func screenshot(maximumHeight: Int = 4000) throws -> Data {
        let height = min(maximumHeight, try evaluate("document.documentElement.scrollHeight") as? Int ?? 900)
        let width = try evaluate("document.documentElement.clientWidth") as? Int ?? 1280
        let clip: [String: Any] = ["x": 0, "y": 0, "width": width, "height": height, "scale": 1]
        let shot = try call("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true, "clip": clip])
        return Data(base64Encoded: shot["data"] as? String ?? "") ?? Data()
    }

    private func waitFor(_ event: String) throws {
        while !events.contains(event) { _ = try next() }
    }

    /// The next message, noting events on the way.
    private func next() throws -> [String: Any] {
        guard let data = inbox.next(within: Self.timeout) else {
            throw BrowserError("no answer from chromium within \(Int(Self.timeout)) s (waiting after command \(lastID))")
        }
        let message = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        if let method = message["method"] as? String { events.append(method) }
        return message
    }
}

/// Messages from the browser, split at NUL bytes by a reading thread and handed over one at a time.
private final class Inbox: Sendable {
    private let messages = Locked<[Data]>([])
    private let arrived = DispatchSemaphore(value: 0)

    func read(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            var buffer = Data()
            while case let chunk = handle.availableData, !chunk.isEmpty {
                buffer.append(chunk)
                while let end = buffer.firstIndex(of: 0) {
                    let message = buffer[buffer.startIndex..<end]
                    buffer = Data(buffer[(end + 1)...])
                    messages.withLock { $0.append(Data(message)) }
                    arrived.signal()
                }
            }
        }
    }

    func next(within seconds: TimeInterval) -> Data? {
        guard arrived.wait(timeout: .now() + seconds) == .success else { return nil }
        return messages.withLock { $0.removeFirst() }
    }
}

struct BrowserError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
