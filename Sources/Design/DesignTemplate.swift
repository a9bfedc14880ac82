import LabText

/// The commented starting file `design new` writes: the document's 2.1 architecture with a cache,
/// every `%% sim` attribute shown once, with its comments and labels in the session's language.
package enum DesignTemplate {
    package static func text(_ language: Language) -> String {
        let words = language == .ko ? korean : english
        return words.header + graph(words.labels) + words.settings
    }

    /// The comments before the graph, the node labels in graph order and the commented `%% sim` lines.
    typealias Words = (header: String, labels: [String], settings: String)

    private static func graph(_ labels: [String]) -> String {
        """
        graph LR
            User[\(labels[0])] --> DNS[DNS]
            DNS --> LB[\(labels[1])]
            LB --> App1[\(labels[2])]
            LB --> App2[\(labels[3])]
            App1 --> Redis[(Redis)]
            App2 --> Redis
            App1 --> DB_M[(\(labels[4]))]
            App2 --> DB_M
            DB_M -.-> DB_S[(\(labels[5]))]


        """
    }

    private static let english: Words = (
        """
        %% A scalelab design: a Mermaid flowchart (it renders on GitHub as it is).
        %% Solid arrows are synchronous calls; dotted arrows are asynchronous (replication, queues).
        %% Node kinds come from the shape and the label; a `%% sim` line sets a kind and attributes.
        %% Run it with:  scalelab design run THIS_FILE load=3000     (or load=100M-users)

        """,
        ["Users", "Load Balancer", "Server 1", "Server 2", "Master DB", "Slave DB"],
        """
        %% Balancer: round_robin, least_conn, p2c, hash or random; detect = how long a dead server goes unnoticed.
        %% sim LB: lb policy=least_conn detect=2s
        %% Servers: workers serve one request each; service is the mean time of one request; queue is how many may wait.
        %% sim App1 App2: app workers=16 service=8ms queue=1000 timeout=1s cost=0.2
        %% Cache: size is the share of keys it holds (cache-aside: reads try it first, writes invalidate).
        %% sim Redis: cache size=5%
        %% Databases: reads go to replicas, writes to the primary; apply is how fast a replica applies writes.
        %% sim DB_M: primary workers=16 service=4ms mtbf=720h mttr=1h cost=1.0
        %% sim DB_S: replica mode=async apply=800/s

        """
    )

    private static let korean: Words = (
        """
        %% scalelab 설계: Mermaid 흐름도입니다(GitHub에서 그대로 그려집니다).
        %% 실선 화살표는 동기 호출, 점선 화살표는 비동기(복제, 큐)입니다.
        %% 노드 종류는 모양과 이름으로 정해지고, `%% sim` 줄은 종류와 속성을 정합니다.
        %% 실행:  scalelab design run 이_파일 load=3000     (또는 load=100M-users)

        """,
        ["사용자", "로드 밸런서", "서버 1", "서버 2", "마스터 DB", "슬레이브 DB"],
        """
        %% 로드 밸런서: round_robin, least_conn, p2c, hash, random 중 하나. detect는 죽은 서버를 알아채기까지 걸리는 시간입니다.
        %% sim LB: lb policy=least_conn detect=2s
        %% 서버: 작업자(workers) 하나가 요청 하나를 처리합니다. service는 요청 하나의 평균 시간, queue는 기다릴 수 있는 요청 수입니다.
        %% sim App1 App2: app workers=16 service=8ms queue=1000 timeout=1s cost=0.2
        %% 캐시: size는 캐시가 담는 키의 비율입니다(캐시 어사이드: 읽기는 먼저 캐시를 보고, 쓰기는 무효화합니다).
        %% sim Redis: cache size=5%
        %% 데이터베이스: 읽기는 복제본으로, 쓰기는 주 DB로 갑니다. apply는 복제본이 쓰기를 반영하는 속도입니다.
        %% sim DB_M: primary workers=16 service=4ms mtbf=720h mttr=1h cost=1.0
        %% sim DB_S: replica mode=async apply=800/s

        """
    )
}
