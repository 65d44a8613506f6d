using System.Diagnostics;
using OpenGovLint.Bench.Measurement;
using OpenGovLint.Core.Layout.Recovery;
using OpenGovLint.Tests.Layout.Recovery;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// The row recovery algorithms (Core/Layout/Recovery) on their own: splitting flattened rows, expanding collapsed
/// rows and solving a table 3 by its column relations, on the real rows of ../shared/real/ (as the tests carry them),
/// on random tables shaped like real ones, and on the pathological inputs whose work the budgets bound. Each line
/// gives the time per call (min / median / max over the runs) and the bytes allocated per call.
/// </summary>
internal static class RowRecovery
{
    public static void Run(BenchContext context, int seed)
    {
        context.Log.Section("Row recovery (Core/Layout/Recovery)");
        var tables = new RandomTables(seed);

        string[] realFlattened = RealRows.FlattenedTables.SelectMany(t => t.Rows.Select(r => r.Text)).ToArray();
        string[] randomFlattened = Enumerable.Range(0, 10_000).Select(_ => tables.Flatten(tables.Table3Row())).ToArray();
        long[][] realCollapsed = RealRows.CollapsedTables.SelectMany(t => t.Rows.Select(r => RealRows.Values(r.Text))).ToArray();
        long[][] randomCollapsed = Enumerable.Range(0, 10_000).Select(_ => RandomTables.Collapse(tables.Table3Row())).ToArray();
        long[][] randomTable4 = Enumerable.Range(0, 10_000).Select(_ => RandomTables.Collapse(tables.Table4Row())).ToArray();

        Time(context, $"split, {realFlattened.Length} real flattened table-3 rows", realFlattened.Length, () =>
        {
            foreach (string text in realFlattened)
            {
                _ = DigitRunSplitter.Split(text, RowRelation.Table3Row);
            }
        });
        Time(context, "split, 10,000 random flattened table-3 rows", randomFlattened.Length, () =>
        {
            foreach (string text in randomFlattened)
            {
                _ = DigitRunSplitter.Split(text, RowRelation.Table3Row);
            }
        });
        Time(context, $"expand, {realCollapsed.Length} real collapsed table-3 rows", realCollapsed.Length, () =>
        {
            foreach (long[] observed in realCollapsed)
            {
                _ = CollapsedRunExpander.Expand(observed, RowRelation.Table3Row);
            }
        });
        Time(context, "expand, 10,000 random collapsed table-3 rows", randomCollapsed.Length, () =>
        {
            foreach (long[] observed in randomCollapsed)
            {
                _ = CollapsedRunExpander.Expand(observed, RowRelation.Table3Row);
            }
        });
        Time(context, "expand, 10,000 random collapsed table-4 rows", randomTable4.Length, () =>
        {
            foreach (long[] observed in randomTable4)
            {
                _ = CollapsedRunExpander.Expand(observed, RowRelation.Table4Row);
            }
        });

        var real = RealRows.Pingtan2021.Rows.Select(r => new CandidateRow(r.Key, DigitRunSplitter.Split(r.Text, RowRelation.Table3Row))).ToList();
        Time(context, "solve, the real 2021 flattened table 3 (25 rows, 2 ambiguous)", 1, () => TableRelationSolver.Solve(real, Table3Equations.Create(false)));

        // Random tables whose rows were collapsed: the layout that leaves the most rows ambiguous.
        var collapsedTables = Enumerable.Range(0, 1000)
            .Select(_ => tables.Table3(trial: false).Select(r => new CandidateRow(r.Key, CollapsedRunExpander.Expand(RandomTables.Collapse(r.Values), RowRelation.Table3Row))).ToList())
            .ToArray();
        int ambiguousRows = collapsedTables.Sum(t => t.Count(r => !r.Candidates.IsUnique));
        int mostReadings = collapsedTables.Max(t => t.Max(r => r.Candidates.Count));
        Time(context, $"solve, 1,000 random collapsed tables 3 ({ambiguousRows / 1000.0:F1} ambiguous rows each, ≤ {mostReadings} readings)", collapsedTables.Length, () =>
        {
            foreach (var table in collapsedTables)
            {
                _ = TableRelationSolver.Solve(table, Table3Equations.Create(false));
            }
        });
        var nodes = collapsedTables.Select(t => TableRelationSolver.Solve(t, Table3Equations.Create(false)).Nodes).ToArray();
        context.Log.Figure(
            "  search nodes per table (min / median / max)",
            $"{Stats.Of(nodes.Select(n => (double)n)).Format("F0")} of a budget of {TableRelationSolver.DefaultNodeBudget:N0}");

        // 25 rows × 64 readings each, the true table among them: the node budget is what ends the work.
        var random = new Random(seed);
        var truth = tables.Table3(trial: false);
        var pathological = truth
            .Select(r => new CandidateRow(r.Key, RowCandidates.Of(7, true, new[] { r.Values }.Concat(Enumerable.Range(0, 63).Select(_ => tables.Table3Row(0))).OrderBy(_ => random.Next()))))
            .ToList();
        var outcome = TableRelationSolver.Solve(pathological, Table3Equations.Create(false)).Outcome;
        Time(context, $"solve, {pathological.Count} rows × 64 readings each (outcome {outcome})", 1, () => TableRelationSolver.Solve(pathological, Table3Equations.Create(false)));

        string digits200 = string.Concat(Enumerable.Range(0, 200).Select(_ => (char)('0' + random.Next(10))));
        Time(context, "split, 200 random digits as a table-4 row (budget-bound)", 1, () => DigitRunSplitter.Split(digits200, RowRelation.Table4Row));
        Time(context, "split, 200 random digits as a 40-cell row without arithmetic (capped)", 1, () => DigitRunSplitter.Split(digits200, RowRelation.None(40)));
    }

    /// <summary>Runs <paramref name="action"/> (which does <paramref name="calls"/> calls) for about 0.3 s per run, at least three runs.</summary>
    private static void Time(BenchContext context, string what, int calls, Action action)
    {
        action(); // warm-up: JIT and tiering
        int repeats = Math.Max(1, (int)(0.3 / Math.Max(TimeOnce(action), 1e-6)));
        var perCall = new List<double>();
        long allocated = 0;
        for (int run = 0; run < Math.Max(3, context.Runs); run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            for (int i = 0; i < repeats; i++)
            {
                action();
            }

            perCall.Add(stopwatch.Elapsed.TotalMicroseconds / repeats / calls);
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / repeats / calls;
        }

        context.Log.Figure(what, $"{Stats.Of(perCall).Format("F2")} µs per call, {allocated:N0} B allocated per call");
    }

    private static double TimeOnce(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalSeconds;
    }
}
