/// The learners' script: join, list quizzes, one card per question, save on every change, submit, show results.
enum LearnerScript {
    static let source = #"""
        "use strict";
        let session = localStorage.getItem("session");
        let current = null;
        let view = null;

        async function start() {
          setUpLanguage(redraw);
          const code = new URLSearchParams(location.search).get("code");
          if (code) document.getElementById("code").value = code;
          document.getElementById("join").addEventListener("submit", join);
          if (session) { try { return showQuizzes(await api("GET", "/api/session", undefined, session)); } catch (e) { forget(); } }
          document.getElementById("join").hidden = false;
        }
        function forget() { session = null; localStorage.removeItem("session"); }
        function redraw() { if (view) showPaper(view); else if (current) showQuizzes(current); }

        async function join(event) {
          event.preventDefault();
          try {
            const resume = document.getElementById("resume").value.trim();
            const joined = await api("POST", "/api/join", { code: document.getElementById("code").value,
                                                             name: document.getElementById("name").value, session: resume || undefined });
            session = joined.session;
            localStorage.setItem("session", session);
            document.getElementById("join").hidden = true;
            say("");
            showQuizzes(joined);
          } catch (e) { say(e.message, true); }
        }

        function showQuizzes(info) {
          current = info; view = null;
          const list = document.getElementById("quizzes");
          document.getElementById("paper").hidden = true;
          list.hidden = false;
          list.replaceChildren(el("h2", {}, t("quizzes") + " · " + info.learner),
            el("p", { className: "note" }, t("resumeKey") + ": ", el("code", { id: "resume-key" }, grouped(session)), " · " + t("resumeHow")));
          for (const quiz of info.quizzes) {
            const button = el("button", { type: "button", className: "quiet", "data-quiz": quiz.id },
                              quiz.id + " (" + quiz.questions + " " + t("questions") + ", " + t(quiz.state) + ")");
            button.addEventListener("click", () => openQuiz(quiz.id));
            list.append(el("p", {}, button));
          }
        }

        function grouped(key) { return (key || "").replace(/(.{4})(?=.)/g, "$1 "); }

        async function openQuiz(id) {
          try { showPaper(await api("GET", "/api/quiz/" + encodeURIComponent(id), undefined, session)); } catch (e) { say(e.message, true); }
        }

        function showPaper(data) {
          view = data;
          document.getElementById("quizzes").hidden = true;
          const paper = document.getElementById("paper");
          paper.hidden = false;
          const back = el("button", { type: "button", className: "quiet", id: "back" }, t("back"));
          back.addEventListener("click", async () => showQuizzes(await api("GET", "/api/session", undefined, session)));
          const note = data.state !== "open" ? t("closedNote") : data.results ? (data.mode === "practice" ? t("practice") : "") : t("wait");
          paper.replaceChildren(el("p", {}, back), el("h2", {}, data.quiz), el("p", { id: "note" }, note));
          let number = 0;
          for (const question of data.paper.questions) {
            if (question.kind === "description") { paper.append(questionText(question, data)); continue; }
            number += 1;
            paper.append(card(question, number, data));
          }
          const submit = el("button", { type: "button", id: "submit", disabled: data.state !== "open" }, t("submit"));
          submit.addEventListener("click", submitQuiz);
          const refresh = el("button", { type: "button", className: "quiet", id: "refresh" }, t("refresh"));
          refresh.addEventListener("click", () => openQuiz(data.quiz));
          paper.append(el("div", { className: "controls" }, submit, refresh));
          if (data.mode === "practice" && data.state === "open") {
            const reset = el("button", { type: "button", className: "quiet", id: "reset" }, t("reset"));
            reset.addEventListener("click", () => resetQuiz(data.quiz));
            paper.lastChild.append(reset);
          }
          if (data.submissions > 0) paper.append(el("p", { id: "submitted" }, t("submitted", { n: data.submissions })));
        }

        function questionText(question, data) {
          const html = data.rich && data.rich[question.id];
          return html == null ? el("p", { className: "text" }, question.text) : rich(html);
        }

        function card(question, number, data) {
          const box = el("fieldset", { className: "card question", id: "q-" + question.id, "data-kind": question.kind });
          box.append(el("h2", {}, number + ". "), questionText(question, data));
          const answer = data.answers[question.id];
          const locked = data.state !== "open";
          const save = (value) => saveAnswer(data.quiz, question.id, value, box);
          box.append(inputs(question, answer, locked, save));
          box.append(el("p", { className: "saved", id: "saved-" + question.id }));
          if (data.results && data.results[question.id]) box.append(result(data.results[question.id], question.kind));
          return box;
        }

        async function saveAnswer(quiz, id, value, box) {
          const mark = document.getElementById("saved-" + id);
          try {
            const reply = await api("PUT", "/api/quiz/" + encodeURIComponent(quiz) + "/answer/" + encodeURIComponent(id), value, session);
            mark.textContent = "✓ " + t("saved"); mark.className = "saved";
            view.answers[id] = value;
            box.querySelector(".result")?.remove();
            if (reply.result) { view.results = view.results || {}; view.results[id] = reply.result; box.append(result(reply.result, box.dataset.kind)); }
          } catch (e) { mark.textContent = e.message; mark.className = "error"; }
        }

        function result(outcome, kind) {
          const box = el("div", { className: "result" });
          box.append(el("p", { className: outcome.verdict }, t(outcome.verdict) + " · " + t("scoreOf", { p: outcome.points, m: outcome.max })));
          const right = kind === "true_false" ? t(outcome.right_answer) : outcome.right_answer;
          if (right) box.append(el("p", {}, t("rightAnswer") + ": " + right));
          for (const line of outcome.feedback) box.append(el("p", { className: "text" }, line));
          return box;
        }

        async function submitQuiz() {
          try {
            const reply = await api("POST", "/api/quiz/" + encodeURIComponent(view.quiz) + "/submit", undefined, session);
            await openQuiz(view.quiz);
            say(t("submitted", { n: reply.submission }));
          } catch (e) { say(e.message, true); }
        }

        async function resetQuiz(quiz) {
          if (!confirm(t("resetConfirm"))) return;
          try {
            await api("DELETE", "/api/quiz/" + encodeURIComponent(quiz) + "/answers", undefined, session);
            await openQuiz(quiz);
            say(t("resetDone"));
          } catch (e) { say(e.message, true); }
        }

        start();
        """#
}
