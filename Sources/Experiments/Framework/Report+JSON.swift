extension Report {
    /// The report as one JSON object: `experiment`, `seed`, `parameters`, `metrics`, `intervals`
    /// (95% bounds `[lower, upper]` of the measured metrics), `series`, `findings`.
    package func json(language: Language) -> JSONText {
        .object([
            ("experiment", .string(experiment)),
            ("seed", .integer(Int64(bitPattern: seed))),
            ("section", .string(section)),
            ("parameters", .object(parameters.entries.map { ($0.name, Self.json($0.value)) })),
            ("metrics", .object(metrics.map { ($0.name, .number($0.value)) })),
            (
                "intervals",
                .object(
                    metrics.filter { $0.halfWidth != nil }.map {
                        ($0.name, .array([.number($0.estimate.lower), .number($0.estimate.upper)]))
                    })
            ),
            ("series", .array(seriesJSON(language: language))),
            (
                "findings",
                .array(findings.map { .object([("id", .string($0.id)), ("text", .string($0.text.text(language)))]) })
            )
        ])
    }

    /// Pretty-printed JSON text.
    package func jsonText(language: Language) -> String {
        json(language: language).rendered(pretty: true)
    }

    private func seriesJSON(language: Language) -> [JSONText] {
        charts.flatMap { Self.chartJSON($0, language: language) }
            + timelines.map { Self.timelineJSON($0, language: language) }
    }

    /// One object per line of a line chart, or one for a bar chart.
    private static func chartJSON(_ chart: Chart, language: Language) -> [JSONText] {
        switch chart {
        case .line(let line):
            return line.series.map { series in
                .object([
                    ("chart", .string(line.title.text(language))), ("name", .string(series.name)),
                    ("x_unit", .string(line.xUnit)), ("y_unit", .string(line.yUnit)),
                    ("points", .array(Self.points(series)))
                ])
            }
        case .bars(let bars):
            return [
                .object([
                    ("chart", .string(bars.title.text(language))), ("name", .string("bars")),
                    ("unit", .string(bars.unit)),
                    ("bars", .array(bars.bars.map { .array([.string($0.label.text(language)), .number($0.value)]) }))
                ])
            ]
        }
    }

    /// A timeline's states and its segments as `[start, end, state]`.
    private static func timelineJSON(_ timeline: Timeline, language: Language) -> JSONText {
        .object([
            ("chart", .string(timeline.title.text(language))), ("name", .string("timeline")),
            ("states", .array(timeline.states.map { .string($0.text(language)) })),
            (
                "segments",
                .array(
                    timeline.segments.map { .array([.number($0.start), .number($0.end), .integer(Int64($0.state))]) })
            )
        ])
    }

    /// `[x, y]` for a line, `[x, lower, upper]` for a band.
    private static func points(_ series: Series) -> [JSONText] {
        guard let upper = series.upper else { return series.points.map { .array([.number($0.x), .number($0.y)]) } }
        return zip(series.points, upper).map { .array([.number($0.x), .number($0.y), .number($1)]) }
    }

    private static func json(_ value: ParameterValue) -> JSONText {
        switch value {
        case .integer(let number): return .integer(Int64(number))
        case .real(let number): return .number(number)
        case .choice(let text): return .string(text)
        case .flag(let flag): return .bool(flag)
        }
    }
}
