import Foundation
import Workshop

/// A small client of chromedriver's W3C WebDriver HTTP API, over the workshop's own HTTP client.
struct WebDriver {
    /// A failed WebDriver command or a wait that ran out.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let client: WorkshopClient
    let session: String

    /// A headless Chromium session on the chromedriver at `port`: a window `width` pixels wide (a phone by default),
    /// downloads saved into `downloads` without asking.
    static func start(port: UInt16, width: Int = 412, downloads: String? = nil) async throws -> WebDriver {
        let client = try WorkshopClient(address: "127.0.0.1:\(port)")
        let options: [String: Any] = [
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=\(width),1400"],
            "prefs": ["download.default_directory": downloads ?? "", "download.prompt_for_download": false]
        ]
        let capabilities: [String: Any] = [
            "capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]
        ]
        let reply = try await command(client, "POST", "/session", capabilities)
        guard let session = reply["sessionId"] as? String else { throw Failure(description: "no session: \(reply)") }
        return WebDriver(client: client, session: session)
    }

    private static func command(
        _ client: WorkshopClient, _ method: String, _ path: String, _ body: [String: Any]? = nil
    ) async throws -> [String: Any] {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let reply = try await client.send(method, path, json: data ?? (method == "POST" ? Data("{}".utf8) : nil))
        let json = (try? JSONSerialization.jsonObject(with: reply.body)) as? [String: Any]
        guard (200..<300).contains(reply.status) else {
            throw Failure(
                description:
                    "\(method) \(path): \(reply.status) \(String(decoding: reply.body.prefix(300), as: UTF8.self))")
        }
        return (json?["value"] as? [String: Any]) ?? ["value": json?["value"] ?? NSNull()]
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        try await Self.command(client, method, "/session/\(session)" + path, body)
    }

    func open(_ url: String) async throws {
        _ = try await command("POST", "/url", ["url": url])
    }

    /// The element matching `css`, waiting up to five seconds for it to appear.
    func find(_ css: String) async throws -> String {
        for _ in 0..<50 {
            if let found = try? await command("POST", "/element", ["using": "css selector", "value": css]),
                let id = found.values.first as? String
            {
                return id
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Failure(description: "no element '\(css)'")
    }

    func click(_ css: String) async throws {
        try await onElement(css) { try await command("POST", "/element/\($0)/click", [:]) }
    }

    func type(_ css: String, _ text: String) async throws {
        try await onElement(css) { try await command("POST", "/element/\($0)/value", ["text": text]) }
    }

    /// Runs `action` on the element matching `css`; when the page redrew it meanwhile (a stale element), finds it
    /// again, up to three times. A failure names the selector.
    private func onElement(_ css: String, _ action: (String) async throws -> [String: Any]) async throws {
        for attempt in 1...3 {
            do {
                _ = try await action(try await find(css))
                return
            } catch let failure as Failure where failure.description.contains("stale element") {
                if attempt == 3 { throw Failure(description: "'\(css)' kept going stale: \(failure)") }
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    func text(_ css: String) async throws -> String {
        (try await command("GET", "/element/\(try await find(css))/text"))["value"] as? String ?? ""
    }

    /// Waits up to five seconds for the text of `css` to contain `part`.
    func waitForText(_ css: String, containing part: String) async throws {
        for _ in 0..<50 {
            if let text = try? await text(css), text.contains(part) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Failure(description: "'\(css)' never showed '\(part)' (it shows '\((try? await text(css)) ?? "")')")
    }

    /// The value of the JavaScript expression `expression` in the page.
    func evaluate(_ expression: String) async throws -> Any? {
        try await command("POST", "/execute/sync", ["script": "return " + expression, "args": []])["value"]
    }

    /// A PNG of the window.
    func screenshot() async throws -> Data {
        let reply = try await command("GET", "/screenshot")
        return Data(base64Encoded: reply["value"] as? String ?? "") ?? Data()
    }

    /// Presses OK on the dialog the page opened (`confirm`).
    func acceptDialog() async throws {
        _ = try await command("POST", "/alert/accept", [:])
    }

    /// Whether the page has a dialog open (an `alert` a hostile question managed to run would be one).
    func hasDialog() async -> Bool {
        (try? await command("GET", "/alert/text")) != nil
    }

    func quit() async {
        _ = try? await Self.command(client, "DELETE", "/session/\(session)")
    }
}
