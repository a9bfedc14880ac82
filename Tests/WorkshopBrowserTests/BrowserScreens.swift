import Foundation

/// Screenshots to look at by eye (`SCALELAB_SCREENSHOTS=DIR`): the learner page and the dashboard, in English and
/// Korean, at a phone's width and a laptop's.
struct BrowserScreens {
    let script: BrowserScript
    let folder: String

    func take() async throws {
        for width in [390, 1280] {
            for korean in [false, true] {
                let suffix = "\(width)-\(korean ? "ko" : "en").png"
                try await script.inBrowser(width: width) { browser in
                    try await script.join(BrowserLearner.all[0], resumeKey: script.keys.get("Ari"), in: browser)
                    if korean { try await browser.click("#lang") }
                    try await save(browser, "learner-" + suffix)
                    try await browser.open(script.base + "/dashboard#" + script.workshop.dashboardToken)
                    try await browser.waitForText("#joined", containing: "3")
                    try await save(browser, "dashboard-" + suffix)
                }
            }
        }
    }

    private func save(_ browser: WebDriver, _ name: String) async throws {
        try await browser.screenshot().write(to: URL(fileURLWithPath: folder + "/" + name))
    }
}
