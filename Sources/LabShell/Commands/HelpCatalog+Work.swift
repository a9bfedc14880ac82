extension HelpCatalog {
    /// Korean help for quizzes, grading, the design lab and the workshop.
    static let workCommands: [String: [String: String]] = [
        "quiz": [
            "target": "절 번호, 퀴즈 파일(.gift)이나 시험지(.json), 또는 'paper KEY.gift'.",
            "learner": "답안지에 적을 학습자 이름. 보기의 순서도 이 이름으로 정해집니다.",
            "out": "답안지(또는 시험지)를 쓸 파일. --force 없이는 기존 파일을 바꾸지 않습니다.",
            "answers": "터미널 대신 'id: 답' 줄로 된 파일에서 답을 읽습니다 ('-'는 표준 입력).",
            "force": "이미 있는 --out 파일을 바꿉니다.",
            "join": "이 주소의 워크숍 서버에서 퀴즈를 풉니다 (--code, --learner와 함께).",
            "code": "워크숍 참가 코드 (--join과 함께).",
            "learner-id": "답안지에 적어 성적부에 넣을 학습자의 학번(과정 ID).",
            "email": "답안지에 적어 성적부에 넣을 학습자의 전자 우편 주소.",
            "session": "--join과 함께: 이 이어 풀기 키로 다시 참가해, 서버에 이미 있는 답 다음부터 풉니다.",
            "reset": "--join과 함께: 먼저 서버에 있는 내 답을 지웁니다 (연습 모드)."
        ],
        "grade": [
            "key": "GIFT 정답 파일.",
            "challenge": "답안지 대신 설계 파일(.mmd나 그 폴더)을 이 설계 과제로 채점합니다.",
            "format": "csv, json, junit, markdown 중 하나.",
            "out": "보고서를 쓸 파일 (--force 없이는 바꾸지 않습니다).",
            "feedback": "학습자마다 피드백 파일 하나를 이 폴더에 씁니다.",
            "previous-key": "정답 파일을 고치기 전에 쓴 정답 파일: 바뀐 점수를 셉니다.",
            "marks": "이 CSV(learner,question,points,comment)의 수동 채점을 합칩니다: 서술형 점수와 덮어쓰기.",
            "marks-template": "보고서 대신 채워 넣을 채점 CSV를 씁니다 (학습자별 서술형 문항마다 한 줄).",
            "deadline": "이 ISO 8601 시각 뒤에 낸 답안지는 늦은 것입니다 (2026-12-01T18:00:00Z, 또는 +09:00).",
            "late": "늦은 답안지: keep, penalise:N (N% 감점), drop 중 하나.",
            "dry-run": "바뀐 문항과 바뀐 점수의 수만 보여 주고 아무것도 쓰지 않습니다.",
            "summary": "보고서 대신 터미널 요약(점수 분포, 문항별 정답률)을 출력합니다.",
            "excel": "Excel과 LibreOffice를 위해 CSV 앞에 UTF-8 바이트 순서 표시를 붙입니다.",
            "force": "이미 있는 --out 파일, 채점 양식, 피드백 파일을 바꿉니다.",
            "inputs": "답안지(.json)와 그 폴더 (하위 폴더 포함)."
        ],
        "design": [
            "action": "run, compare, check, new, list 중 하나.",
            "words": "설계(파일, 강의 절 또는 이름)와 key=value 옵션.",
            "json": "실행 결과를 JSON 객체 하나로 출력합니다."
        ],
        "workshop": [
            "words": "start, export, bench 중 하나. start 뒤에는 GIFT 정답 파일.",
            "mode": "practice(바로 피드백) 또는 exam(공개할 때 피드백).",
            "port": "들을 포트 (0이면 빈 포트를 고릅니다).",
            "bind": "들을 주소: 127.0.0.1(이 컴퓨터만) 또는 0.0.0.0(네트워크 전체).",
            "db": "SQLite 저장소 (기본값: 상태 폴더).",
            "format": "export: 성적표의 형식.",
            "feedback": "export: 학습자마다 피드백 파일 하나를 이 폴더에 씁니다.",
            "quiz": "export: 워크숍에 퀴즈가 여럿일 때 고를 퀴즈.",
            "learners": "bench: 학습자 수.",
            "questions": "bench: 학습자마다 문항 수."
        ]
    ]
}
