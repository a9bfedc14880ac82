/// The instructor's dashboard; the token travels in the address's `#fragment`, which browsers never send.
enum DashboardPage {
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>scalelab workshop: dashboard</title>
        <link rel="stylesheet" href="/workshop.css">
        <script src="/common.js" defer></script>
        <script src="/dashboard.js" defer></script>
        </head>
        <body class="wide">
        <header><h1 data-t="dashboard">Workshop dashboard</h1><button id="lang" type="button">한국어</button></header>
        <main>
        <section id="summary" class="card"></section>
        <section id="board"></section>
        <pre id="export" hidden></pre>
        <p id="status" role="status" aria-live="polite"></p>
        </main>
        </body>
        </html>
        """
}
