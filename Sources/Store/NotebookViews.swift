import GRDB

/// The SQL views a notebook reads (`pandas.read_sql`, DuckDB's `sqlite_scan`), created by
/// migration v7. Frozen with it: a change is a later migration that drops and re-creates them.
///
/// - `case_metric`: one row per (run, case, structure, metric) with the run's method, version,
///   split, seed and interaction rounds, the case's dataset, domain and subject, the structure's
///   state, the raw stored `value` and, beside it, `policy_value` under the `segbench` policy (the
///   report's default, `Sources/Reports/Policy.swift`), with `policy_treatment` saying where it
///   came from (`stored`, `excluded`, `zero`, `diagonal`).
/// - `run_summary`: one row per run with its provenance, tags, coverage and the label-first mean
///   Dice and HD95 under that policy (the report's headline numbers for a run of one seed).
///
/// The metrics of a run are the names the scored structures of its split stored (as the report
/// takes them, over every run of the split): a structure that lacks one
/// (a missed structure has no HD95) gets a row whose `value` is NULL, so the policy's penalty has
/// a row to sit in. A failed case has a row per structure of its run (the run's `structures`
/// option and the structures its other cases scored), `failed` where its reference holds the
/// structure and `not_applicable` where not, as the report decides; a case whose reference could
/// not be read is left out, as the report leaves it out. SQLite's JSON functions are built in
/// from 3.38; every JSON column is read through `json_valid`, so one bad row gives NULLs, never
/// an error for the whole view.
enum NotebookViews {
    static let v7: [String] = [caseMetric, runSummary]

    static let caseMetric = """
        CREATE VIEW case_metric AS
        WITH runFacts AS (
            SELECT run.id AS runId, method.name AS method, v.version AS version, method.kind AS method_kind, run.split AS split,
                   CASE WHEN json_valid(run.options) THEN
                       CASE json_type(run.options, '$.training_seed') WHEN 'integer' THEN json_extract(run.options, '$.training_seed') END
                   END AS seed,
                   CASE WHEN json_valid(run.options) THEN
                       CASE json_type(run.options, '$.interaction_rounds') WHEN 'integer' THEN json_extract(run.options, '$.interaction_rounds') ELSE 0 END
                   ELSE 0 END AS interaction_rounds
            FROM run JOIN methodVersion v ON v.id = run.methodVersionId JOIN method ON method.id = v.methodId
        ),
        caseFacts AS (
            SELECT id AS caseId, name, dataset, coalesce(subject, name) AS subject, diagonal, labelVoxels,
                   dataset || CASE WHEN json_valid(acquisition) THEN
                       coalesce(' ' || CASE json_type(acquisition, '$.modality') WHEN 'text' THEN nullif(json_extract(acquisition, '$.modality'), '') END, '')
                       || coalesce(' ' || CASE json_type(acquisition, '$.sequence') WHEN 'text' THEN nullif(json_extract(acquisition, '$.sequence'), '') END, '')
                   ELSE '' END AS domain
            FROM "case"
        ),
        runMetric AS (
            SELECT DISTINCT run.id AS runId, named.name FROM run JOIN (
                SELECT DISTINCT byRun.split, m.name FROM metric m JOIN score s ON s.id = m.scoreId
                JOIN result r ON r.id = s.resultId JOIN run byRun ON byRun.id = r.runId
            ) named ON named.split = run.split
        ),
        runStructure AS (
            SELECT runId, structure, min(labels) AS labels FROM (
                SELECT r.runId AS runId, s.structure AS structure, s.labels AS labels FROM score s JOIN result r ON r.id = s.resultId
                UNION ALL
                SELECT run.id, json_extract(j.value, '$.name'), json_extract(j.value, '$.labels')
                FROM run, json_each(CASE WHEN json_valid(run.options) THEN run.options END, '$.structures') j
                WHERE j.type = 'object'
            ) WHERE structure IS NOT NULL GROUP BY runId, structure
        ),
        observed AS (
            SELECT r.runId, r.caseId, s.structure, s.state, rm.name AS metric, m.value, NULL AS failure
            FROM result r JOIN score s ON s.resultId = r.id
            JOIN runMetric rm ON rm.runId = r.runId
            LEFT JOIN metric m ON m.scoreId = s.id AND m.name = rm.name
            UNION ALL
            SELECT r.runId, r.caseId, rs.structure,
                   CASE WHEN EXISTS (
                       SELECT 1 FROM json_each(CASE WHEN json_valid(rs.labels) THEN rs.labels END) l
                       WHERE coalesce(json_extract(c.labelVoxels, '$."' || l.value || '"'), 0) > 0
                   ) THEN 'failed' ELSE 'not_applicable' END,
                   rm.name, NULL, f.kind
            FROM result r JOIN failure f ON f.resultId = r.id JOIN "case" c ON c.id = r.caseId
            JOIN runStructure rs ON rs.runId = r.runId JOIN runMetric rm ON rm.runId = r.runId
            WHERE f.kind <> 'unreadable_reference' AND json_valid(c.labelVoxels)
        ),
        classified AS (
            SELECT o.*,
                   CASE WHEN lower(o.metric) IN ('dice', 'iou') THEN 'overlap'
                        WHEN lower(o.metric) LIKE 'nsd%' THEN 'surface'
                        WHEN lower(o.metric) LIKE 'lesion!_%' ESCAPE '!' OR lower(o.metric) LIKE 'instance!_%' ESCAPE '!'
                             OR lower(o.metric) IN ('pq', 'rq', 'sq', 'pq_dice', 'sq_dice', 'sq_assd', 'cldice', 'boundary_iou', 'volume_similarity', 'rvd')
                             THEN 'self_defined'
                        ELSE 'distance' END AS metric_kind
            FROM observed o
        ),
        treated AS (
            SELECT c.*,
                   CASE WHEN c.metric_kind = 'self_defined' OR c.state NOT IN ('not_applicable', 'missed', 'spurious', 'failed') THEN 'stored'
                        WHEN c.state = 'not_applicable' THEN 'excluded'
                        WHEN c.metric_kind IN ('overlap', 'surface') THEN 'zero'
                        ELSE 'diagonal' END AS policy_treatment
            FROM classified c
        )
        SELECT t.runId AS run, rf.method, rf.version, rf.method_kind, rf.split, rf.seed, rf.interaction_rounds,
               cf.dataset, cf.domain, cf.name AS "case", cf.subject, t.structure, t.metric, t.metric_kind, t.state, t.failure,
               t.value, t.policy_treatment,
               CASE t.policy_treatment WHEN 'stored' THEN t.value WHEN 'zero' THEN 0.0 WHEN 'diagonal' THEN cf.diagonal END AS policy_value,
               'segbench' AS policy, cf.diagonal
        FROM treated t JOIN runFacts rf ON rf.runId = t.runId JOIN caseFacts cf ON cf.caseId = t.caseId
        """

    static let runSummary = """
        CREATE VIEW run_summary AS
        WITH structureMean AS (
            SELECT run, metric, structure, avg(policy_value) AS mean FROM case_metric
            WHERE metric IN ('dice', 'hd95') GROUP BY run, metric, structure
        ),
        runMean AS (
            SELECT run, avg(CASE WHEN metric = 'dice' THEN mean END) AS mean_dice, avg(CASE WHEN metric = 'hd95' THEN mean END) AS mean_hd95
            FROM structureMean GROUP BY run
        ),
        counts AS (
            SELECT r.runId, count(*) AS cases, count(f.resultId) AS failed
            FROM result r LEFT JOIN failure f ON f.resultId = r.id GROUP BY r.runId
        )
        SELECT run.id AS run, method.name AS method, v.version, method.kind AS method_kind, run.split, run.dataset,
               CASE WHEN json_valid(run.options) THEN
                   CASE json_type(run.options, '$.training_seed') WHEN 'integer' THEN json_extract(run.options, '$.training_seed') END
               END AS seed,
               run.gitCommit AS git_commit, run.gitDirty AS git_dirty,
               (SELECT json_group_object(key, value) FROM (SELECT key, value FROM runTag WHERE runId = run.id ORDER BY key)) AS tags,
               run.plannedCases AS planned_cases, coalesce(counts.cases, 0) AS cases,
               coalesce(counts.cases, 0) - coalesce(counts.failed, 0) AS scored, coalesce(counts.failed, 0) AS failed,
               runMean.mean_dice, runMean.mean_hd95, 'segbench' AS policy,
               run.startedAt AS started_at, run.finishedAt AS finished_at, run.segbenchVersion AS segbench_version, run.options
        FROM run JOIN methodVersion v ON v.id = run.methodVersionId JOIN method ON method.id = v.methodId
        LEFT JOIN runMean ON runMean.run = run.id LEFT JOIN counts ON counts.runId = run.id
        """
}

/// One row of the `case_metric` view.
public struct CaseMetricRow: Sendable, Hashable {
    public var run: Int64
    public var caseName: String
    public var structure: String
    public var metric: String
    /// `scored`, `not_applicable`, `missed`, `spurious` or `failed`.
    public var state: String
    /// As stored (nil: undefined, or a failed case).
    public var value: Double?
    /// Under the `segbench` policy (nil: left out).
    public var policyValue: Double?
}

extension ResultStore {
    /// The `case_metric` view's rows of these runs (of one metric, or all), in run, case,
    /// structure and metric order.
    public func caseMetricRows(runs: [Int64], metric: String? = nil) throws -> [CaseMetricRow] {
        guard !runs.isEmpty else { return [] }
        return try read { db in
            let placeholders = Array(repeating: "?", count: runs.count).joined(separator: ", ")
            var arguments = StatementArguments(runs)
            if let metric { arguments += [metric] }
            return try Row.fetchAll(db, sql: """
                SELECT run, "case", structure, metric, state, value, policy_value FROM case_metric
                WHERE run IN (\(placeholders))\(metric == nil ? "" : " AND metric = ?")
                ORDER BY run, "case", structure, metric
                """, arguments: arguments).map { row in
                CaseMetricRow(run: row[0], caseName: row[1], structure: row[2], metric: row[3], state: row[4], value: row[5], policyValue: row[6])
            }
        }
    }
}
