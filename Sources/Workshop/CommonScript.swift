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
                rightAnswer: "Right answer", points: "points", correct: "right", partial: "partly right", wrong: "wrong",
                unanswered: "no answer", ungraded: "graded by hand", refresh: "Refresh", learners: "Learners joined",
                learner: "Learner", answered: "Answered", submissions: "Hand-ins", score: "Score", question: "Question",
                facility: "facility", discrimination: "discrimination", responses: "Responses", release: "Release results",
                close: "Close", reopen: "Open", exportCSV: "Export CSV", exportMD: "Export Markdown", mode: "Mode",
                joinAt: "Learners join at", noToken: "Open the dashboard with the address the server printed (it ends in #token).",
                closedNote: "This quiz is closed: answers can no longer be changed.", reliability: "reliability" },
          ko: { title: "scalelab 워크숍", code: "참가 코드", name: "이름", join: "참가하기", dashboard: "워크숍 대시보드",
                quizzes: "퀴즈", open: "진행 중", closed: "닫힘", released: "결과 공개", questions: "문항",
                submit: "제출하기", submitted: "제출했습니다 ({n}번째). 퀴즈가 열려 있는 동안 답을 바꾸고 다시 제출할 수 있습니다.",
                saved: "저장됨", back: "퀴즈 목록", true: "참", false: "거짓", choose: "고르세요…",
                wait: "강사가 결과를 공개하면 여기에 나타납니다.", practice: "연습 모드: 답할 때마다 피드백이 나옵니다.",
                rightAnswer: "정답", points: "점", correct: "정답", partial: "부분 정답", wrong: "오답",
                unanswered: "답하지 않음", ungraded: "직접 채점", refresh: "새로 고침", learners: "참가한 학습자",
                learner: "학습자", answered: "응답 수", submissions: "제출 수", score: "점수", question: "문항",
                facility: "정답률(난이도)", discrimination: "변별도", responses: "응답 분포", release: "결과 공개",
                close: "닫기", reopen: "열기", exportCSV: "CSV 내보내기", exportMD: "Markdown 내보내기", mode: "모드",
                joinAt: "참가 주소", noToken: "서버가 출력한 주소(#토큰으로 끝남)로 대시보드를 여세요.",
                closedNote: "이 퀴즈는 닫혔습니다. 더 이상 답을 바꿀 수 없습니다.", reliability: "신뢰도" },
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
        async function api(method, path, body, token) {
          const headers = {};
          if (token) headers["Authorization"] = "Bearer " + token;
          if (body !== undefined) headers["Content-Type"] = "application/json";
          const reply = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
          const type = reply.headers.get("Content-Type") || "";
          const data = type.startsWith("application/json") ? await reply.json() : await reply.text();
          if (!reply.ok) throw new Error((data && data.error && (data.error[lang] || data.error.en)) || reply.statusText);
          return data;
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
