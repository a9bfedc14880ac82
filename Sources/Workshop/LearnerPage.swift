/// The learners' page: join with the code and a name, then answer a quiz.
enum LearnerPage {
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>scalelab workshop</title>
        <link rel="stylesheet" href="/workshop.css">
        <script src="/common.js" defer></script>
        <script src="/learner.js" defer></script>
        </head>
        <body>
        <header><h1 data-t="title">scalelab workshop</h1><button id="lang" type="button">한국어</button></header>
        <main>
        <form id="join" class="card" hidden>
          <label><span data-t="code">Join code</span><input id="code" name="code" autocomplete="off" autocapitalize="characters" maxlength="12" required></label>
          <label><span data-t="name">Your name</span><input id="name" name="name" autocomplete="name" maxlength="60" required></label>
          <label><span data-t="resume">Resume key (only if you joined before)</span><input id="resume" name="resume" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="64"></label>
          <button type="submit" data-t="join">Join</button>
        </form>
        <section id="quizzes" hidden></section>
        <section id="paper" hidden></section>
        <p id="status" role="status" aria-live="polite"></p>
        </main>
        </body>
        </html>
        """
}
