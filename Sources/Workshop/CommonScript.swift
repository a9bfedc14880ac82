/// Script shared by both pages: the two languages, safe element building (text only, never HTML) and the API.
enum CommonScript {
    static let source = #"""
        "use strict";
        const WORDS = {
          en: { title: "scalelab workshop", code: "Join code", name: "Your name", join: "Join", dashboard: "Workshop dashboard",
                quizzes: "Quizzes", open: "open", closed: "closed", released: "released", questions: "questions",
                submit: "Submit", submitted: "Submitted (hand-in {n}); you may change answers and submit again while the quiz is open.",
                saved: "saved", back: "All quizzes", true: "True", false: "False", choose: "choose…",
                wait: "Results appear here when the instructor releases them.", practice: "Practice: feedback appears after each answer.",
                rightAnswer: "Right answer", scoreOf: "{p} / {m} points", correct: "right", partial: "partly right", wrong: "wrong",
                unanswered: "no answer", ungraded: "graded by hand", refresh: "Refresh", learners: "Learners joined",
                learner: "Learner", answered: "Answered", submissions: "Hand-ins", score: "Score", question: "Question",
                facility: "Facility", discrimination: "Discrimination", responses: "Responses", release: "Release results",
                close: "Close", reopen: "Open", showGradebook: "Show gradebook", downloaded: "Downloaded {name}", mode: "Mode",
                joinAt: "Learners join at", noToken: "Open the dashboard with the address the server printed (it ends in #token).",
                closedNote: "This quiz is closed: answers can no longer be changed.", reliability: "reliability",
                resumeKey: "Your resume key", resumeHow: "to go on from another device, join with your name and this key",
                resume: "Resume key (only if you joined before)", reset: "Clear my answers", resetDone: "Your answers were cleared; your hand-ins are kept.",
                resetConfirm: "Clear every answer of this quiz? Hand-ins already made are kept.",
                practiceMode: "practice", examMode: "exam", multiple_choice: "multiple choice", true_false: "true/false",
                short_answer: "short answer", numerical: "number", multiple_answers: "multiple answers", matching: "matching", essay: "essay" },
          ko: { title: "scalelab 워크숍", code: "참가 코드", name: "이름", join: "참가하기", dashboard: "워크숍 대시보드",
                quizzes: "퀴즈", open: "진행 중", closed: "닫힘", released: "결과 공개", questions: "문항",
                submit: "제출하기", submitted: "제출했습니다 ({n}번째). 퀴즈가 열려 있는 동안 답을 바꾸고 다시 제출할 수 있습니다.",
                saved: "저장됨", back: "퀴즈 목록", true: "참", false: "거짓", choose: "고르세요…",
                wait: "강사가 결과를 공개하면 여기에 나타납니다.", practice: "연습 모드: 답할 때마다 피드백이 나옵니다.",
                rightAnswer: "정답", scoreOf: "{p} / {m}점", correct: "맞음", partial: "부분 점수", wrong: "틀림",
                unanswered: "답하지 않음", ungraded: "직접 채점", refresh: "새로 고침", learners: "참가한 학습자",
                learner: "학습자", answered: "응답 수", submissions: "제출 수", score: "점수", question: "문항",
                facility: "정답률(난이도)", discrimination: "변별도", responses: "응답 분포", release: "결과 공개",
                close: "닫기", reopen: "열기", showGradebook: "성적표 보기", downloaded: "{name} 파일을 내려받았습니다", mode: "모드",
                joinAt: "참가 주소", noToken: "서버가 출력한 주소(#토큰으로 끝남)로 대시보드를 여세요.",
                closedNote: "이 퀴즈는 닫혔습니다. 더 이상 답을 바꿀 수 없습니다.", reliability: "신뢰도",
                resumeKey: "이어 풀기 키", resumeHow: "다른 기기에서 이어 풀려면 이름과 이 키를 넣고 참가하세요",
                resume: "이어 풀기 키 (전에 참가했다면)", reset: "내 답 모두 지우기", resetDone: "답을 지웠습니다. 이미 낸 제출본은 그대로 있습니다.",
                resetConfirm: "이 퀴즈의 답을 모두 지울까요? 이미 낸 제출본은 그대로 남습니다.",
                practiceMode: "연습", examMode: "시험", multiple_choice: "객관식", true_false: "참/거짓",
                short_answer: "단답형", numerical: "숫자", multiple_answers: "복수 선택", matching: "짝 맞추기", essay: "서술형" },
        };
        let lang = localStorage.getItem("lang") || ((navigator.language || "en").startsWith("ko") ? "ko" : "en");
        function t(key, values) {
          let text = (WORDS[lang] && WORDS[lang][key]) || WORDS.en[key] || key;
          for (const [name, value] of Object.entries(values || {})) text = text.replace("{" + name + "}", String(value));
          return text;
        }
        function el(tag, attributes, ...children) {
          const node = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes || {})) {
            if (name === "className") node.className = value; else if (value !== false && value != null) node.setAttribute(name, value === true ? "" : value);
          }
          for (const child of children) if (child != null) node.append(typeof child === "string" ? document.createTextNode(child) : child);
          return node;
        }
        // The server sends question HTML already sanitised; copying only these elements, never an attribute, keeps
        // the page safe even if it did not.
        const RICH = new Set(["P", "BR", "B", "STRONG", "I", "EM", "U", "S", "SUB", "SUP", "SMALL", "MARK", "CODE", "PRE", "KBD",
          "VAR", "UL", "OL", "LI", "DL", "DT", "DD", "BLOCKQUOTE", "H3", "H4", "H5", "H6", "HR", "SPAN", "DIV", "TABLE", "THEAD",
          "TBODY", "TR", "TH", "TD", "CAPTION"]);
        function copySafe(node) {
          const out = [];
          for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) { out.push(document.createTextNode(child.data)); continue; }
            if (child.nodeType !== Node.ELEMENT_NODE) continue;
            const inner = copySafe(child);
            if (!RICH.has(child.tagName)) { out.push(...inner); continue; }
            const copy = document.createElement(child.tagName);
            copy.append(...inner);
            out.push(copy);
          }
          return out;
        }
        function rich(html) {
          const box = el("div", { className: "rich" });
          box.append(...copySafe(new DOMParser().parseFromString(html, "text/html").body));
          return box;
        }
        function isJSON(reply) { return (reply.headers.get("Content-Type") || "").startsWith("application/json"); }
        async function call(method, path, body, token) {
          const headers = {};
          if (token) headers["Authorization"] = "Bearer " + token;
          if (body !== undefined) headers["Content-Type"] = "application/json";
          const reply = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
          if (reply.ok) return reply;
          const data = isJSON(reply) ? await reply.json() : null;
          throw new Error((data && data.error && (data.error[lang] || data.error.en)) || reply.statusText);
        }
        async function api(method, path, body, token) {
          const reply = await call(method, path, body, token);
          return isJSON(reply) ? reply.json() : reply.text();
        }
        function say(text, isError) {
          const status = document.getElementById("status");
          status.textContent = text || "";
          status.className = isError ? "error" : "";
        }
        function translate() {
          document.documentElement.lang = lang;
          for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
          document.getElementById("lang").textContent = lang === "ko" ? "English" : "한국어";
        }
        function setUpLanguage(redraw) {
          translate();
          document.getElementById("lang").addEventListener("click", () => {
            lang = lang === "ko" ? "en" : "ko";
            localStorage.setItem("lang", lang);
            translate();
            redraw();
          });
        }
        """#
}
