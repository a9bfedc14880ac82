/// The commented starting file `design new` writes: the document's 2.1 architecture with a cache,
/// every `%% sim` attribute shown once.
package enum DesignTemplate {
    package static let text = """
        %% A scalelab design: a Mermaid flowchart (it renders on GitHub as it is).
        %% Solid arrows are synchronous calls; dotted arrows are asynchronous (replication, queues).
        %% Node kinds come from the shape and the label; a `%% sim` line sets a kind and attributes.
        %% Run it with:  scalelab design run THIS_FILE load=3000     (or load=100M-users)
        graph LR
            User[Users] --> DNS[DNS]
            DNS --> LB[Load Balancer]
            LB --> App1[Server 1]
            LB --> App2[Server 2]
            App1 --> Redis[(Redis)]
            App2 --> Redis
            App1 --> DB_M[(Master DB)]
            App2 --> DB_M
            DB_M -.-> DB_S[(Slave DB)]

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
}
