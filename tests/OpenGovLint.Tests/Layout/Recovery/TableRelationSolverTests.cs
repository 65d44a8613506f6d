using OpenGovLint.Core.Layout.Recovery;
using Xunit.Abstractions;

namespace OpenGovLint.Tests.Layout.Recovery;

public sealed class TableRelationSolverTests(ITestOutputHelper output)
{
    private static readonly long[] Zeros = new long[7];

    [Fact]
    public void Solve_RestoresEveryRowOfTheRealFlattenedTables()
    {
        foreach (var table in RealRows.FlattenedTables)
        {
            var rows = table.Rows.Select(r => new CandidateRow(r.Key, DigitRunSplitter.Split(r.Text, RowRelation.Table3Row))).ToList();

            var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(table.TrialEdition));

            Assert.Equal(SolveOutcome.Consistent, solution.Outcome);
            foreach (var row in solution.Rows)
            {
                Assert.True(row.IsDetermined, $"{table.File} {row}");
                Assert.Equal(table.Expected(row.Key), row.Values.ToArray());
            }
        }
    }

    [Fact]
    public void Solve_DecidesTheRealRowsTheirOwnArithmeticLeavesOpen()
    {
        // 03_pingtan_2021: 270020130 is 27 0 0 2 0 1 30 or 2 7 0 0 20 1 30, 220000325 is 22 0 0 0 0 3 25 or
        // 2 20 0 0 0 3 25; （七）总计 63 0 0 2 0 4 69 = the results, column by column, allows only the first of each.
        var table = RealRows.Pingtan2021;
        var rows = table.Rows.Select(r => new CandidateRow(r.Key, DigitRunSplitter.Split(r.Text, RowRelation.Table3Row))).ToList();
        Assert.Equal(2, rows.Count(r => !r.Candidates.IsUnique));

        var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(otherHandlingIsOneRow: false));

        Assert.True(solution.TryGetRow("T3.Granted", out var granted));
        Assert.Equal([27, 0, 0, 2, 0, 1, 30], granted.Values.ToArray());
        Assert.True(solution.TryGetRow("T3.Unable.1", out var unable));
        Assert.Equal([22, 0, 0, 0, 0, 3, 25], unable.Values.ToArray());
    }

    [Fact]
    public void Solve_RestoresEveryRowOfTheRealCollapsedTables()
    {
        foreach (var table in RealRows.CollapsedTables)
        {
            var rows = table.Rows.Select(r => new CandidateRow(r.Key, CollapsedRunExpander.Expand(RealRows.Values(r.Text), RowRelation.Table3Row))).ToList();

            var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(table.TrialEdition));

            Assert.Equal(SolveOutcome.Consistent, solution.Outcome);
            foreach (var row in solution.Rows)
            {
                Assert.True(row.IsDetermined, $"{table.File} {row}");
                Assert.Equal(table.Expected(row.Key), row.Values.ToArray());
            }
        }
    }

    [Fact]
    public void Solve_TheWrongEditionsEquationsDoNotApply()
    {
        // The trial equations name T3.OtherHandling, which a 2021 table lacks: R3.2 is skipped, so nothing decides
        // 03's two ambiguous rows (R3.3 does not involve them).
        var table = RealRows.Pingtan2021;
        var rows = table.Rows.Select(r => new CandidateRow(r.Key, DigitRunSplitter.Split(r.Text, RowRelation.Table3Row))).ToList();

        var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(otherHandlingIsOneRow: true));

        Assert.Equal(SolveOutcome.Consistent, solution.Outcome);
        Assert.True(solution.TryGetRow("T3.Granted", out var granted));
        Assert.False(granted.IsDetermined);
        Assert.Equal(2, granted.Readings);
        Assert.True(solution.TryGetRow("T3.Total", out var total));
        Assert.True(total.IsDetermined);
    }

    [Fact]
    public void Solve_TheBalanceDecides0101()
    {
        // 一 reads 0 1 0 1 (four readings); （七）总计 and the carried rows were read cleanly: R3.3 leaves one.
        var solution = Solve(
            ("T3.NewReceived", CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row)),
            ("T3.CarriedOver", RowCandidates.Read(Zeros)),
            ("T3.Total", RowCandidates.Read([0, 0, 1, 0, 0, 0, 1])),
            ("T3.CarriedForward", RowCandidates.Read(Zeros)));

        Assert.Equal(SolveOutcome.Consistent, solution.Outcome);
        var received = solution.Rows[0];
        Assert.True(received.IsDetermined);
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], received.Values.ToArray());
        Assert.Equal(1, received.Readings);
    }

    [Fact]
    public void Solve_DoesNotGuessBetweenReadingsTheTableAllowsEqually()
    {
        // Two result rows each read 0 1 0 1 and the total has a 1 in columns 1 and 2: either row may hold either.
        var rows = Table3(
            ("T3.NewReceived", [0, 1, 1, 0, 0, 0, 2]),
            ("T3.Total", [0, 1, 1, 0, 0, 0, 2]));
        rows[Index(rows, "T3.Granted")] = new("T3.Granted", CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row));
        rows[Index(rows, "T3.Denied.5")] = new("T3.Denied.5", CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row));

        var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(false));

        Assert.Equal(SolveOutcome.Consistent, solution.Outcome);
        foreach (string key in new[] { "T3.Granted", "T3.Denied.5" })
        {
            Assert.True(solution.TryGetRow(key, out var row));
            Assert.False(row.IsDetermined);
            Assert.True(row.Values.IsEmpty);
            Assert.Equal(2, row.Readings);
        }

        Assert.Equal(rows.Count - 2, solution.Rows.Count(r => r.IsDetermined));
    }

    [Fact]
    public void Solve_FallsBackToTheRowsOwnReadingsWhenTheReportDoesNotAddUp()
    {
        // （七）总计 says 14 in column 0 but the results add up to 13: a real defect, for the sum rules to report.
        // No reading of the ambiguous row repairs it, so the equations decide nothing.
        var rows = Table3(
            ("T3.NewReceived", [14, 0, 0, 0, 0, 0, 14]),
            ("T3.Granted", [13, 0, 0, 0, 0, 0, 13]),
            ("T3.Total", [14, 0, 0, 0, 0, 0, 14]));
        rows[Index(rows, "T3.Denied.5")] = new("T3.Denied.5", CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row));

        var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(false));

        Assert.Equal(SolveOutcome.Inconsistent, solution.Outcome);
        Assert.True(solution.TryGetRow("T3.Denied.5", out var denied));
        Assert.False(denied.IsDetermined);
        Assert.Equal(4, denied.Readings);
        Assert.True(solution.TryGetRow("T3.Total", out var total));
        Assert.Equal([14, 0, 0, 0, 0, 0, 14], total.Values.ToArray());
        Assert.Equal(rows.Count - 1, solution.Rows.Count(r => r.IsDetermined));
    }

    [Fact]
    public void Solve_SkipsEquationsThatNameAnUnknownRow()
    {
        var received = CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row);
        var capped = CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row, cap: 2);
        foreach (var carriedForward in new RowCandidates?[] { null, RowCandidates.None(7), capped })
        {
            // Without 四、结转下年度继续办理 (absent, unreadable, or itself cut short) the balance says nothing about 一.
            var rows = new List<CandidateRow>
            {
                new("T3.NewReceived", received),
                new("T3.CarriedOver", RowCandidates.Read(Zeros)),
                new("T3.Total", RowCandidates.Read([0, 0, 1, 0, 0, 0, 1])),
            };
            if (carriedForward is not null)
            {
                rows.Add(new("T3.CarriedForward", carriedForward));
            }

            var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(false));

            Assert.Equal(SolveOutcome.Consistent, solution.Outcome);
            Assert.False(solution.Rows[0].IsDetermined);
            Assert.Equal(4, solution.Rows[0].Readings);
            Assert.True(solution.Rows[2].IsDetermined);
            if (carriedForward is not null)
            {
                Assert.False(solution.Rows[3].IsDetermined);
                Assert.Equal(carriedForward.Count, solution.Rows[3].Readings);
                Assert.Equal(carriedForward.IsComplete, solution.Rows[3].ReadingsComplete);
            }
        }
    }

    [Fact]
    public void Solve_ARowInNoEquationKeepsItsOwnReadings()
    {
        var solution = Solve(
            ("T2.Normative", CollapsedRunExpander.Expand([4, 16], RowRelation.None(3))),
            ("T2.Rules", RowCandidates.Read([0, 0, 0])));

        Assert.Equal(SolveOutcome.Consistent, solution.Outcome);
        Assert.False(solution.Rows[0].IsDetermined);
        Assert.Equal(2, solution.Rows[0].Readings);
        Assert.True(solution.Rows[1].IsDetermined);
        Assert.False(solution.TryGetRow("T3.Total", out _));
    }

    [Fact]
    public void Solve_FallsBackWhenTheBudgetRunsOut()
    {
        var rows = RealRows.Pingtan2021.Rows.Select(r => new CandidateRow(r.Key, DigitRunSplitter.Split(r.Text, RowRelation.Table3Row))).ToList();

        var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(false), nodeBudget: 10);

        Assert.Equal(SolveOutcome.BudgetExceeded, solution.Outcome);
        Assert.True(solution.TryGetRow("T3.Granted", out var granted));
        Assert.False(granted.IsDetermined);
        Assert.Equal(2, granted.Readings);
        Assert.Equal(rows.Count - 2, solution.Rows.Count(r => r.IsDetermined));
    }

    [Fact]
    public void Solve_RejectsRowsGivenTwiceAndColumnsOutsideARow()
    {
        var row = RowCandidates.Read(Zeros);
        Assert.Throws<ArgumentException>(() => TableRelationSolver.Solve([new("T3.Total", row), new("T3.Total", row)], []));

        var wide = new ColumnEquation("wide", [new CellRef("T3.Total", 7)], [new CellRef("T3.Granted", 0)]);
        Assert.Throws<ArgumentException>(() => TableRelationSolver.Solve([new("T3.Total", row), new("T3.Granted", row)], [wide]));
    }

    [Fact]
    public void Solve_AgreesWithExhaustiveEnumeration_OnSmallRandomTables()
    {
        var random = new Random(20261205);
        int consistent = 0, determined = 0, undetermined = 0;
        for (int i = 0; i < 3000; i++)
        {
            // 2–6 rows of three cells (values 0..3), 0–4 readings each, 1–4 equations over random cells.
            int rowCount = random.Next(2, 7);
            var rows = new List<CandidateRow>();
            for (int r = 0; r < rowCount; r++)
            {
                var readings = Enumerable.Range(0, random.Next(0, 5))
                    .Select(_ => new long[] { random.Next(4), random.Next(4), random.Next(4) })
                    .ToArray();
                rows.Add(new($"R{r}", RowCandidates.Of(3, isComplete: random.Next(10) > 0, readings)));
            }

            var equations = Enumerable.Range(0, random.Next(1, 5)).Select(e => new ColumnEquation(
                $"E{e}",
                Enumerable.Range(0, random.Next(1, 3)).Select(_ => new CellRef($"R{random.Next(rowCount + 1)}", random.Next(3))),
                Enumerable.Range(0, random.Next(1, 4)).Select(_ => new CellRef($"R{random.Next(rowCount + 1)}", random.Next(3))))).ToArray();

            var expected = Reference(rows, equations);
            var solution = TableRelationSolver.Solve(rows, equations);

            Assert.Equal(expected.Outcome, solution.Outcome);
            for (int r = 0; r < rowCount; r++)
            {
                var row = solution.Rows[r];
                Assert.Equal(rows[r].Key, row.Key);
                Assert.Equal(expected.Readings[r], row.Readings);
                Assert.Equal(expected.Determined[r], row.IsDetermined ? string.Join(' ', row.Values.ToArray()) : null);
                determined += row.IsDetermined ? 1 : 0;
                undetermined += row.IsDetermined ? 0 : 1;
            }

            consistent += solution.Outcome == SolveOutcome.Consistent ? 1 : 0;
        }

        // The cases must exercise both outcomes and both kinds of rows.
        Assert.InRange(consistent, 300, 2700);
        Assert.True(determined > 1000 && undetermined > 1000, $"{determined} determined, {undetermined} not");
    }

    [Fact]
    public void Solve_NeverRestoresAWrongRow_RandomFlattenedTables() =>
        NeverWrong("flattened", (tables, row) => DigitRunSplitter.Split(tables.Flatten(row), RowRelation.Table3Row), seed: 20261128);

    [Fact]
    public void Solve_NeverRestoresAWrongRow_RandomCollapsedTables() =>
        NeverWrong("collapsed", (_, row) => CollapsedRunExpander.Expand(RandomTables.Collapse(row), RowRelation.Table3Row), seed: 20261129);

    [Fact]
    public void Solve_StaysBoundedAndRightOnPathologicalTables()
    {
        // Every row of a consistent table gets 64 readings (its own among 63 others that satisfy R3.1): the true
        // table is one satisfying choice, so whatever the solver calls determined must be the truth.
        var tables = new RandomTables(20261130);
        var random = new Random(20261131);
        for (int t = 0; t < 20; t++)
        {
            var table = tables.Table3(trial: false);
            var rows = table.Select(r => new CandidateRow(r.Key, RowCandidates.Of(7, true, Shuffled(random, [r.Values, .. Decoys(tables, 63)])))).ToList();

            var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(false));

            Assert.NotEqual(SolveOutcome.Inconsistent, solution.Outcome);
            for (int i = 0; i < rows.Count; i++)
            {
                if (solution.Rows[i].IsDetermined)
                {
                    Assert.Equal(table[i].Values, solution.Rows[i].Values.ToArray());
                }
            }
        }

        // Unsatisfiable, and not by bounds: every result row reads odd in column 0 (21 of them add up to an odd
        // number) while every reading of （七）总计 is even. Only an exhaustive search could prove it; the budget ends
        // it, and nothing is guessed.
        var keys = RealRows.Keys(false).Select(k => "T3." + k).ToArray();
        var hopeless = keys
            .Select(key => new CandidateRow(key, RowCandidates.Of(7, true, Decoys(tables, 64).Select(d => Parity(d, key)))))
            .ToList();
        var answer = TableRelationSolver.Solve(hopeless, Table3Equations.Create(false));
        Assert.Equal(SolveOutcome.BudgetExceeded, answer.Outcome);
        Assert.All(answer.Rows, r => Assert.False(r.IsDetermined));
        Assert.All(answer.Rows.Zip(hopeless), pair => Assert.Equal(pair.Second.Candidates.Count, pair.First.Readings));
    }

    /// <summary>A reading with column 0 made even for （七）总计 and odd for every other row (column 6 kept the total of 0..5).</summary>
    private static long[] Parity(long[] reading, string key)
    {
        long[] row = (long[])reading.Clone();
        row[0] = (2 * row[0]) + (key == "T3.Total" ? 0 : 1);
        row[6] = row.Take(6).Sum();
        return row;
    }

    private void NeverWrong(string layout, Func<RandomTables, long[], RowCandidates> damage, int seed)
    {
        var tables = new RandomTables(seed);
        int tableCount = 2000, rowCount = 0, byRow = 0, byTable = 0;
        for (int t = 0; t < tableCount; t++)
        {
            bool trial = t % 4 == 3;
            var table = tables.Table3(trial);
            var rows = table.Select(r => new CandidateRow(r.Key, damage(tables, r.Values))).ToList();

            var solution = TableRelationSolver.Solve(rows, Table3Equations.Create(trial));

            Assert.Equal(SolveOutcome.Consistent, solution.Outcome);
            for (int i = 0; i < rows.Count; i++)
            {
                rowCount++;
                byRow += rows[i].Candidates.IsUnique ? 1 : 0;
                if (solution.Rows[i].IsDetermined)
                {
                    byTable++;
                    Assert.Equal(table[i].Values, solution.Rows[i].Values.ToArray());
                }
                else
                {
                    Assert.True(solution.Rows[i].Readings >= 2);
                }
            }
        }

        output.WriteLine(
            $"table 3, {layout}: {tableCount} random tables, {rowCount} rows; restored by the row alone {byRow} ({100.0 * byRow / rowCount:F1} %), " +
            $"with the column relations {byTable} ({100.0 * byTable / rowCount:F1} %); {rowCount - byTable} left undetermined; 0 wrong");
        Assert.True(byTable > byRow, "the column relations decided nothing");
    }

    /// <summary>Random rows that satisfy R3.1, as wrong readings.</summary>
    private static IEnumerable<long[]> Decoys(RandomTables tables, int count) =>
        Enumerable.Range(0, count).Select(_ => tables.Table3Row(emptyRowChance: 0));

    private static IEnumerable<long[]> Shuffled(Random random, long[][] rows) => rows.OrderBy(_ => random.Next());

    /// <summary>A 2021 table 3 of zeros but for the rows given, each read cleanly.</summary>
    private static List<CandidateRow> Table3(params (string Key, long[] Values)[] given) =>
        RealRows.Keys(false)
            .Select(k => "T3." + k)
            .Select(key => new CandidateRow(key, RowCandidates.Read(given.FirstOrDefault(g => g.Key == key).Values ?? Zeros)))
            .ToList();

    private static int Index(List<CandidateRow> rows, string key) => rows.FindIndex(r => r.Key == key);

    private static TableSolution Solve(params (string Key, RowCandidates Candidates)[] rows) =>
        TableRelationSolver.Solve(rows.Select(r => new CandidateRow(r.Key, r.Candidates)).ToList(), Table3Equations.Create(false));

    /// <summary>
    /// The definition, by brute force: every choice of one reading per usable row (complete, at least one reading)
    /// checked against every equation whose rows are all usable; a row is determined when it reads the same in every
    /// satisfying choice; with no satisfying choice, only rows with one reading of their own are.
    /// </summary>
    private static (SolveOutcome Outcome, int[] Readings, string?[] Determined) Reference(List<CandidateRow> rows, ColumnEquation[] equations)
    {
        bool Usable(string key) => rows.FindIndex(r => r.Key == key) is int i && i >= 0 && rows[i].Candidates is { IsComplete: true, Count: > 0 };
        var applicable = equations.Where(e => e.Left.Concat(e.Right).All(c => Usable(c.Row))).ToArray();
        var involved = applicable.SelectMany(e => e.Left.Concat(e.Right)).Select(c => rows.FindIndex(r => r.Key == c.Row)).Distinct().Order().ToArray();

        var seen = rows.Select(_ => new HashSet<string>()).ToArray();
        var choice = new int[rows.Count];
        bool any = false;

        void Choose(int k)
        {
            if (k == involved.Length)
            {
                foreach (var e in applicable)
                {
                    long left = e.Left.Sum(c => Cell(c));
                    long right = e.Right.Sum(c => Cell(c));
                    if (left != right)
                    {
                        return;
                    }
                }

                any = true;
                foreach (int r in involved)
                {
                    seen[r].Add(string.Join(' ', rows[r].Candidates[choice[r]].ToArray()));
                }

                return;
            }

            for (int reading = 0; reading < rows[involved[k]].Candidates.Count; reading++)
            {
                choice[involved[k]] = reading;
                Choose(k + 1);
            }
        }

        long Cell(CellRef c)
        {
            int r = rows.FindIndex(x => x.Key == c.Row);
            return rows[r].Candidates[choice[r]][c.Column];
        }

        Choose(0);
        var outcome = any ? SolveOutcome.Consistent : SolveOutcome.Inconsistent;
        var readings = new int[rows.Count];
        var determined = new string?[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            var own = rows[r].Candidates;
            if (any && involved.Contains(r))
            {
                readings[r] = seen[r].Count;
                determined[r] = seen[r].Count == 1 ? seen[r].Single() : null;
            }
            else
            {
                readings[r] = own.Count;
                determined[r] = own.IsUnique ? string.Join(' ', own[0].ToArray()) : null;
            }
        }

        return (outcome, readings, determined);
    }
}
