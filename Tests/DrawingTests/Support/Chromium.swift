import Foundation
import XCTest

/// Headless Chromium (Debian's `chromium`) opening one local file: its DOM after loading, every
/// console message (our pages have no scripts, so any message is an error or a blocked load),
/// every network request the page made (from Chromium's net log), or a screenshot.
struct Chromium {
    let program: String
    let profile: URL

    /// A browser with a fresh profile in `folder` (removed with it).
    init?(in folder: URL) {
        guard let program = Tool.path("chromium") else { return nil }
        self.program = program
        profile = folder.appendingPathComponent("chromium-profile")
    }

    struct Visit {
        var dom: String
        var console: [String]
        var requests: [String]
    }

    /// Requests Chromium makes on its own (updates, clock, accounts), not the page's.
    static let ownRequests = ["http://clients2.google.com/time/", "https://clients2.google.com/time/",
                              "http://update.googleapis.com/service/update2/", "https://update.googleapis.com/service/update2/",
                              "https://accounts.google.com/ListAccounts", "https://redirector.gvt1.com/edgedl/chrome/dict/",
                              "https://translate.googleapis.com/translate_a/l", "https://optimizationguide-pa.googleapis.com/",
                              "https://safebrowsingohttpgateway.googleapis.com/", "https://www.gstatic.com/chrome/"]

    var flags: [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
         "--enable-logging=stderr", "--v=0", "--no-first-run", "--disable-extensions", "--disable-sync",
         "--disable-background-networking", "--disable-component-update", "--force-device-scale-factor=1",
         "--font-render-hinting=none", "--disable-features=Translate,OptimizationHints,MediaRouter"]
    }

    func visit(_ page: URL, file: StaticString = #filePath, line: UInt = #line) throws -> Visit {
        let netLog = profile.appendingPathComponent("net-\(UUID().uuidString).json")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let run = try Tool.run(program, flags + ["--log-net-log=\(netLog.path)", "--dump-dom", page.absoluteString])
        XCTAssertEqual(run.status, 0, "chromium failed on \(page.lastPathComponent): \(run.stderr)", file: file, line: line)
        let console = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Visit(dom: String(decoding: run.stdout, as: UTF8.self), console: console, requests: try requests(in: netLog, page: page))
    }

    func requests(in netLog: URL, page: URL) throws -> [String] {
        let data = try Data(contentsOf: netLog)
        // Chromium may leave the log's closing brackets unwritten when it exits; the URLs are all there.
        let text = String(decoding: data, as: UTF8.self)
        let regex = try NSRegularExpression(pattern: #""url":"([^"]*)""#)
        let urls = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
        return Array(Set(urls.filter { url in url != page.absoluteString && !Self.ownRequests.contains { url.hasPrefix($0) } })).sorted()
    }

    func screenshot(_ page: URL, width: Int, height: Int, to png: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        try? FileManager.default.removeItem(at: png)
        let run = try Tool.run(program, flags + ["--window-size=\(width),\(height)", "--screenshot=\(png.path)", page.absoluteString])
        XCTAssertEqual(run.status, 0, "chromium failed on \(page.lastPathComponent): \(run.stderr)", file: file, line: line)
    }
}
