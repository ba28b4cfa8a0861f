import Foundation

/// Headless Chromium, when installed: renders a page and reports what overflows its box.
enum HeadlessChromium {
    /// The browser's path, when one is installed (`chromium`, `chromium-browser`, `google-chrome`).
    static let path: String? = {
        let names = ["chromium", "chromium-browser", "google-chrome"]
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders + ["/usr/bin"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// A script that lists every element whose content is wider than its box or runs past the page,
    /// and every chart text outside its SVG's view box, into a `pre` the dumped DOM carries.
    static let measuringScript = """
        (function () {
          var problems = [];
          function describe(el) { return el.tagName.toLowerCase() + ': ' + (el.textContent || '').trim().slice(0, 70); }
          var main = document.querySelector('main') || document.body;
          var page = main.getBoundingClientRect();
          var all = main.querySelectorAll('*');
          for (var i = 0; i < all.length; i++) {
            var el = all[i];
            if (el.closest('svg')) continue;
            if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) problems.push('overflows its box: ' + describe(el));
            var r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > page.right + 1) problems.push('runs past the page: ' + describe(el));
          }
          var svgs = document.querySelectorAll('svg');
          for (var s = 0; s < svgs.length; s++) {
            var vb = svgs[s].viewBox.baseVal, texts = svgs[s].querySelectorAll('text');
            for (var t = 0; t < texts.length; t++) {
              var b = texts[t].getBBox();
              if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5)
                problems.push('chart text cut: ' + texts[t].textContent.slice(0, 70));
            }
          }
          var out = document.createElement('pre');
          out.id = 'overflow-check';
          out.textContent = 'OVERFLOW-CHECK:' + problems.length + ':' + problems.join(' || ') + ':END';
          document.body.appendChild(out);
        })();
        """

    /// What overflows in `html` rendered `width` pixels wide: one line per problem, empty when none.
    static func overflows(in html: String, width: Int) throws -> [String] {
        guard let path else { return [] }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        let measured =
            html.range(of: "</body>") != nil
            ? html.replacingOccurrences(of: "</body>", with: "<script>\(measuringScript)</script></body>")
            : html + "<script>\(measuringScript)</script>"
        try measured.write(to: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(width),900",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--dump-dom", page.absoluteString,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let dom = String(decoding: data, as: UTF8.self)
        guard let start = dom.range(of: "<pre id=\"overflow-check\">OVERFLOW-CHECK:"),
            let end = dom.range(of: ":END", range: start.upperBound..<dom.endIndex)
        else { return ["the page did not render (no measurement in the dumped DOM)"] }
        let body = dom[start.upperBound..<end.lowerBound]
        guard let colon = body.firstIndex(of: ":"), let count = Int(body[..<colon]) else {
            return ["unreadable measurement"]
        }
        guard count > 0 else { return [] }
        return body[body.index(after: colon)...].components(separatedBy: " || ")
    }
}
