/// The one style sheet: readable on a phone, system fonts only.
enum WorkshopStyle {
    static let css = """
        :root { color-scheme: light dark; --accent: #2457c5; --good: #1d7a3a; --bad: #b3261e; --line: #8884; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 17px/1.5 system-ui, -apple-system, "Noto Sans KR", "Apple SD Gothic Neo", sans-serif; }
        header { display: flex; justify-content: space-between; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid var(--line); }
        h1 { font-size: 1.2rem; margin: 0; }
        main { max-width: 44rem; margin: 0 auto; padding: 1rem; }
        body.wide main { max-width: 72rem; }
        .card { border: 1px solid var(--line); border-radius: .6rem; padding: 1rem; margin: 0 0 1rem; overflow-x: auto; }
        label { display: block; margin: .4rem 0; }
        label > span { display: block; font-weight: 600; }
        input[type=text], input:not([type]), textarea, select { width: 100%; font: inherit; padding: .5rem; border: 1px solid var(--line); border-radius: .4rem; }
        textarea { min-height: 7rem; }
        button { font: inherit; padding: .5rem 1rem; border-radius: .4rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
        button.quiet { background: transparent; color: var(--accent); }
        .choice { display: flex; gap: .6rem; align-items: flex-start; padding: .35rem 0; }
        .choice input { margin-top: .35rem; width: 1.2rem; height: 1.2rem; }
        .question h2 { font-size: 1rem; margin: 0 0 .4rem; }
        .text { white-space: pre-wrap; }
        .saved { color: var(--good); font-size: .9rem; }
        .error, .wrong { color: var(--bad); }
        .correct { color: var(--good); }
        .result { border-top: 1px dashed var(--line); margin-top: .6rem; padding-top: .4rem; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; align-items: center; }
        table { border-collapse: collapse; width: 100%; font-size: .95rem; }
        th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        progress { width: 8rem; }
        .controls { display: flex; gap: .5rem; flex-wrap: wrap; margin: .5rem 0; }
        .big { font-size: 2rem; font-weight: 700; letter-spacing: .2rem; }
        pre { white-space: pre-wrap; border: 1px solid var(--line); padding: .5rem; overflow-x: auto; }
        .rich > :first-child { margin-top: 0; }
        .rich pre { white-space: pre; }
        .note { font-size: .9rem; opacity: .85; }
        .note code { word-break: break-all; }
        .choice > span { font-weight: normal; }
        html:lang(ko) body { word-break: keep-all; }
        th, td:not(:last-child) { white-space: nowrap; }
        @media (max-width: 30rem) { progress { width: 4rem; } }
        table + table { margin-top: 1.2rem; }
        .response { overflow-wrap: anywhere; }
        @media (max-width: 40rem) {
          table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
          table.stack tr:has(> th) { display: none; }
          table.stack tr { border: 1px solid var(--line); border-radius: .4rem; padding: .4rem .6rem; margin: 0 0 .5rem; }
          table.stack td { border: 0; padding: .1rem 0; white-space: normal; }
          table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
          table.stack td.lead { font-weight: 700; overflow-wrap: anywhere; }
          table.stack.progress td[data-label] { display: inline-block; width: auto; margin-right: 1rem; }
          table + table { margin-top: 1rem; }
        }
        """
}
