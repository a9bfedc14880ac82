extension HelpCatalog {
    /// Korean help for studying: reading, experiments and settings.
    static let courseCommands: [String: [String: String]] = [
        "scalelab": [
            "lang": "과정의 언어: ko 또는 en (기본값은 LC_ALL/LANG을 따릅니다).",
            "color": "색을 쓸 때: auto, always, never (NO_COLOR나 TERM=dumb이면 auto는 색을 끕니다).",
            "file": "명령 스크립트를 실행합니다. 여러 번 쓰면 차례로 실행하고, -는 표준 입력입니다.",
            "seed": "실험이 시작할 난수 시드 (기본값 1).",
            "echo": "스크립트의 각 줄을 그 출력 앞에 보여 줍니다.",
            "command": "한 번 실행할 명령과 그 단어들.",
            "version": "버전을 보여 줍니다."
        ],
        "help": [
            "command": "설명할 명령.",
            "experiment": "'help run'일 때: 매개변수와 모델의 가정을 볼 실험 id."
        ],
        "read": ["number": "2나 2.2 같은 절 번호."],
        "search": ["words": "찾을 단어나 구절."],
        "diagram": ["name": "목록에 있는 다이어그램 이름."],
        "try": [
            "number": "절 번호 (기본값: 현재 절).",
            "predict": "실습 블록의 'predict METRIC' 줄에 미리 답할 값, METRIC=NUMBER 꼴 (여러 번 쓸 수 있습니다)."
        ],
        "params": ["experiment": "실험 id."],
        "run": [
            "experiment": "실험 id ('experiments'에서 볼 수 있습니다).",
            "assignments": "이름=값 매개변수, sweep=PARAM[:FROM..TO[:STEPS]], precision=2%.",
            "json": "보고서를 JSON 객체 하나로 출력합니다."
        ],
        "expect": ["words": "METRIC OP VALUE [TOLERANCE]. OP는 < <= > >= == ~= 중 하나입니다."],
        "predict": ["words": "METRIC [GUESS] [TOLERANCE]. TOLERANCE는 30%나 ±5 꼴입니다 (기본값 25%)."],
        "lang": ["language": "ko 또는 en."],
        "seed": ["value": "0부터 18446744073709551615까지의 정수."],
        "set": ["name": "lang, seed, width, color 중 하나.", "value": "새 값."],
        "echo": [
            "ko": "같은 줄의 한국어. 세션 언어가 한국어일 때 이 줄을 출력합니다.",
            "words": "출력할 단어."
        ],
        "lessons": ["action": "check", "folder": "강의 폴더 (기본값: 과정의 폴더)."],
        "bench": [
            "customers": "시뮬레이션할 고객 수.",
            "json": "측정값을 JSON으로 출력합니다.",
            "repl": "REPL의 시작만 잽니다: 돌아온 학습자의 새 세션에서 첫 프롬프트까지.",
            "grading": "대규모 채점만 측정합니다: 답안지 10,000장 x 40문항을 CPython json과 비교하고, 100,000장일 때 최대 메모리를 잽니다."
        ]
    ]
}
