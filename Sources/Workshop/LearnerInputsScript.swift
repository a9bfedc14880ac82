/// The learner page's answer inputs: one kind of control per question type, saving on every change.
enum LearnerInputsScript {
    static let source = #"""
        function inputs(question, answer, locked, save) {
          const group = el("div", {});
          const name = "answer-" + question.id;
          if (question.kind === "multiple_choice" || question.kind === "multiple_answers") {
            const many = question.kind === "multiple_answers";
            for (const choice of question.choices) {
              const checked = many ? (answer || []).includes(choice) : answer === choice;
              const input = el("input", { type: many ? "checkbox" : "radio", name, value: choice, checked, disabled: locked });
              input.addEventListener("change", () => save(many
                ? [...group.querySelectorAll("input:checked")].map((i) => i.value) : choice));
              group.append(el("label", { className: "choice" }, input, el("span", {}, choice)));
            }
          } else if (question.kind === "true_false") {
            for (const value of [true, false]) {
              const input = el("input", { type: "radio", name, value: String(value), checked: answer === value, disabled: locked });
              input.addEventListener("change", () => save(value));
              group.append(el("label", { className: "choice" }, input, el("span", {}, t(String(value)))));
            }
          } else if (question.kind === "matching") {
            const chosen = answer || {};
            question.prompts.forEach((prompt, index) => {
              const select = el("select", { name: name + "-" + index, disabled: locked }, el("option", { value: "" }, t("choose")));
              for (const option of question.choices) select.append(el("option", { value: option, selected: chosen[prompt] === option }, option));
              select.addEventListener("change", () => {
                const pairs = {};
                group.querySelectorAll("select").forEach((s, i) => { if (s.value) pairs[question.prompts[i]] = s.value; });
                save(pairs);
              });
              group.append(el("label", { className: "pair" }, el("span", {}, prompt), select));
            });
          } else {
            const essay = question.kind === "essay";
            const field = el(essay ? "textarea" : "input", { name, disabled: locked, inputmode: question.kind === "numerical" ? "decimal" : null });
            field.value = answer == null ? "" : String(answer);
            field.addEventListener("change", () => {
              if (question.kind !== "numerical") return save(field.value);
              const value = Number(field.value.replace(",", "."));
              if (field.value.trim() !== "" && Number.isFinite(value)) save(value);
            });
            group.append(field);
          }
          return group;
        }
        """#
}
