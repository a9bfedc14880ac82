import LabText

/// The words of the Markdown report and the feedback files in English or Korean.
struct MarkdownLabels {
    var title = "", key = "", graded = "", rejectedCount = "", mean = "", median = "", minimum = "", maximum = ""
    var distribution = "", items = "", reliability = "", gradebook = "", rejected = ""
    var percent = "", learners = "", learner = "", question = "", kind = "", points = "", answered = "", facility = "",
        discrimination = "", itemsCount = "", score = ""
    var feedbackTitle = "", yourAnswer = "", rightAnswer = "", result = "", feedback = "", explanation = "",
        modelAnswer = "", noAnswer = ""
    var submitted = "", file = "", late = "", changes = "", leftOut = "", superseded = "", dropped = "", responses = "",
        answer = "", count = "", share = "", right = ""
    var unanswered = "", histogram = "", standardDeviation = "", marked = ""

    init(language: Language) {
        let ko = language == .ko
        setReportWords(ko)
        setFeedbackWords(ko)
        setSheetWords(ko)
    }

    private mutating func setReportWords(_ ko: Bool) {
        title = ko ? "채점 결과" : "Grades"
        key = ko ? "정답 파일" : "Key"
        graded = ko ? "채점한 답안지" : "Sheets graded"
        rejectedCount = ko ? "채점하지 못한 답안지" : "rejected"
        mean = ko ? "평균" : "mean"
        median = ko ? "중앙값" : "median"
        minimum = ko ? "최저" : "min"
        maximum = ko ? "최고" : "max"
        distribution = ko ? "점수 분포" : "Score distribution"
        items = ko ? "문항 통계" : "Item statistics"
        reliability = ko ? "신뢰도" : "Reliability"
        gradebook = ko ? "성적표" : "Gradebook"
        rejected = ko ? "채점하지 못한 답안지" : "Rejected sheets"
        percent = ko ? "백분율" : "percent"
        learners = ko ? "명" : "learners"
        learner = ko ? "학습자" : "learner"
        question = ko ? "문항" : "question"
        kind = ko ? "유형" : "kind"
        points = ko ? "배점" : "points"
        answered = ko ? "응답 수" : "answered"
        facility = ko ? "정답률(난이도)" : "facility"
        discrimination = ko ? "변별도" : "discrimination"
        itemsCount = ko ? "문항" : "items"
        score = ko ? "점수" : "score"
    }

    private mutating func setFeedbackWords(_ ko: Bool) {
        feedbackTitle = ko ? "개인 피드백" : "Feedback"
        yourAnswer = ko ? "내 답" : "Your answer"
        rightAnswer = ko ? "정답" : "Right answer"
        result = ko ? "결과" : "Result"
        feedback = ko ? "피드백" : "Feedback"
        explanation = ko ? "해설" : "Explanation"
        modelAnswer = ko ? "모범 답안" : "Model answer"
        noAnswer = ko ? "(답하지 않음)" : "(no answer)"
    }

    private mutating func setSheetWords(_ ko: Bool) {
        submitted = ko ? "제출 시각" : "submitted"
        file = ko ? "파일" : "file"
        late = ko ? "지각" : "late"
        changes = ko ? "답안지 작성 뒤 바뀐 문항" : "Questions changed since the sheets were written"
        leftOut = ko ? "집계에서 뺀 답안지" : "Sheets left out"
        superseded = ko ? "나중에 다시 낸 답안지로 대체됨" : "superseded by a later sheet"
        dropped = ko ? "마감 뒤 제출, 제외함" : "late, dropped"
        responses = ko ? "응답 분석" : "Response analysis"
        answer = ko ? "답" : "answer"
        count = ko ? "수" : "count"
        share = ko ? "비율" : "share"
        right = ko ? "정답" : "right"
        unanswered = ko ? "무응답" : "unanswered"
        histogram = ko ? "점수별 인원" : "scores"
        standardDeviation = ko ? "표준편차" : "SD"
        marked = ko ? "수동 채점" : "marked by hand"
    }
}
