/// The dashboard's script: polls the dashboard JSON every few seconds and draws it with text nodes only.
enum DashboardScript {
    static let source = #"""
        "use strict";
        const token = location.hash.slice(1);
        let latest = null;

        async function start() {
          setUpLanguage(() => latest && draw(latest));
          if (!token) return say(t("noToken"), true);
          await refresh();
          setInterval(refresh, 3000);
        }
        async function refresh() {
          try { latest = await api("GET", "/api/dashboard", undefined, token); draw(latest); say(""); } catch (e) { say(e.message, true); }
        }
        function number(value) { return value == null ? "–" : (Math.round(value * 100) / 100).toString(); }

        function draw(data) {
          const joinAt = location.origin + "/?code=" + data.code;
          document.getElementById("summary").replaceChildren(
            el("p", {}, t("joinAt") + ": ", el("strong", {}, joinAt)),
            el("p", { className: "big", id: "code" }, data.code),
            el("p", {}, t("mode") + ": " + t(data.mode + "Mode") + " · " + t("learners") + ": ", el("strong", { id: "joined" }, String(data.learners.length))));
          document.getElementById("board").replaceChildren(...data.quizzes.map(quizCard));
        }

        function quizCard(quiz) {
          const box = el("section", { className: "card", id: "quiz-" + quiz.id });
          box.append(el("h2", {}, quiz.id + " · " + t(quiz.state) + " · " + t("reliability") + " " + number(quiz.reliability)));
          const controls = el("div", { className: "controls" });
          for (const [state, label] of [["open", "reopen"], ["closed", "close"], ["released", "release"]]) {
            const button = el("button", { type: "button", className: quiz.state === state ? "" : "quiet", "data-state": state }, t(label));
            button.addEventListener("click", () => setState(quiz.id, state));
            controls.append(button);
          }
          const show = el("button", { type: "button", className: "quiet", "data-export": "markdown" }, t("showGradebook"));
          show.addEventListener("click", () => showExport(quiz.id, "markdown"));
          controls.append(show);
          for (const [format, label] of [["csv", "CSV"], ["json", "JSON"], ["junit", "JUnit"], ["markdown", "Markdown"]]) {
            const button = el("button", { type: "button", className: "quiet", "data-download": format }, "⤓ " + label);
            button.addEventListener("click", () => download(quiz.id, format));
            controls.append(button);
          }
          box.append(controls, progressTable(quiz), questionTable(quiz));
          return box;
        }

        // A table that becomes one card a row on a narrow screen: each cell carries its column's name for that view.
        function stackedTable(className, columns) {
          return el("table", { className: className + " stack" }, el("tr", {}, ...columns.map((k) => el("th", {}, t(k)))));
        }
        function cell(column, ...children) { return el("td", { "data-label": t(column) }, ...children); }

        function progressTable(quiz) {
          const table = stackedTable("progress", ["learner", "answered", "submissions", "score"]);
          for (const row of quiz.progress) {
            table.append(el("tr", {}, el("td", { className: "lead" }, row.learner),
              cell("answered", el("progress", { value: row.answered, max: row.total }), " " + row.answered + "/" + row.total),
              cell("submissions", String(row.submissions)),
              cell("score", row.score == null ? "–" : number(row.score) + " / " + number(row.max))));
          }
          return table;
        }

        function questionTable(quiz) {
          const table = stackedTable("questions", ["question", "answered", "facility", "discrimination", "responses"]);
          for (const q of quiz.questions) {
            const counts = el("div", {});
            const most = Math.max(1, ...q.responses.map((r) => r.count));
            for (const r of q.responses) counts.append(el("div", { className: "response" }, el("progress", { value: r.count, max: most }), " " + r.count + " · " + r.answer));
            table.append(el("tr", { "data-question": q.id }, el("td", { className: "lead" }, q.id + " (" + t(q.kind) + ")"),
              cell("answered", String(q.answered)), cell("facility", number(q.facility)),
              cell("discrimination", number(q.discrimination)), cell("responses", counts)));
          }
          return table;
        }

        async function setState(quiz, state) {
          try { await api("POST", "/api/quiz/" + encodeURIComponent(quiz) + "/state", { state }, token); await refresh(); } catch (e) { say(e.message, true); }
        }
        async function showExport(quiz, format) {
          const box = document.getElementById("export");
          try { box.textContent = await api("GET", "/api/export/" + encodeURIComponent(quiz) + "?format=" + format + "&lang=" + lang, undefined, token); box.hidden = false; }
          catch (e) { say(e.message, true); }
        }
        async function download(quiz, format) {
          try {
            const reply = await call("GET", "/api/export/" + encodeURIComponent(quiz) + "?format=" + format + "&lang=" + lang, undefined, token);
            const named = /filename="([A-Za-z0-9._-]+)"/.exec(reply.headers.get("Content-Disposition") || "");
            const link = el("a", { href: URL.createObjectURL(await reply.blob()), download: named ? named[1] : "gradebook" });
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(link.href), 10000);
            say(t("downloaded", { name: link.download }));
          } catch (e) { say(e.message, true); }
        }

        start();
        """#
}
