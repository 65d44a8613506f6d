using OpenGovLint.Core.Layout.Recovery;
using Xunit.Abstractions;

namespace OpenGovLint.Tests.Layout.Recovery;

public sealed class CollapsedRunExpanderTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("2 1 0 3", "2 1 0 0 0 0 3")]
    [InlineData("2 1 0 4", "2 1 1 0 0 0 4")]
    [InlineData("13 0 13", "13 0 0 0 0 0 13")]
    [InlineData("0", "0 0 0 0 0 0 0")]
    [InlineData("1 0 1", "1 0 0 0 0 0 1")]
    [InlineData("46 0 46", "46 0 0 0 0 0 46")]
    [InlineData("12 0 12", "12 0 0 0 0 0 12")]
    [InlineData("5 3 7 1 9 2 27", "5 3 7 1 9 2 27")]
    public void Expand_RestoresTable3Rows(string observed, string expected)
    {
        var candidates = CollapsedRunExpander.Expand(RealRows.Values(observed), RowRelation.Table3Row);

        Assert.True(candidates.IsUnique, $"{candidates.Count} readings");
        Assert.Equal(RealRows.Values(expected), candidates[0].ToArray());
    }

    [Theory]
    [InlineData("64 0 2 0 4 70", "64 0 0 2 0 4 70|64 0 2 0 0 4 70")]
    [InlineData("1 0 1 0 2", "1 0 1 0 0 0 2|1 0 0 1 0 0 2|1 0 0 0 1 0 2")]
    public void Expand_ListsEveryReadingOfRowsTheRowAloneCannotDecide(string observed, string readings)
    {
        var candidates = CollapsedRunExpander.Expand(RealRows.Values(observed), RowRelation.Table3Row);

        Assert.True(candidates.IsComplete);
        Assert.Equal(readings.Split('|').ToHashSet(), candidates.ToList().Select(c => string.Join(' ', c)).ToHashSet());
    }

    [Fact]
    public void Expand_ListsTheFourReadingsOf0101()
    {
        // Is the one request a 商业企业's, a 科研机构's, a 社会公益组织's or a 法律服务机构's? Not to be guessed.
        var candidates = CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row);

        Assert.True(candidates.IsComplete);
        Assert.Equal(4, candidates.Count);
        Assert.Equal(
            new[] { "0 1 0 0 0 0 1", "0 0 1 0 0 0 1", "0 0 0 1 0 0 1", "0 0 0 0 1 0 1" }.ToHashSet(),
            candidates.ToList().Select(c => string.Join(' ', c)).ToHashSet());
    }

    [Theory]
    [InlineData("1 0 1 0", "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0")]
    [InlineData("0", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0")]
    [InlineData("1 0 2 0 3 12 0 12 0", "1 0 2 0 3 12 0 0 0 12 0 0 0 0 0")]
    public void Expand_RestoresTable4Rows(string observed, string expected)
    {
        var candidates = CollapsedRunExpander.Expand(RealRows.Values(observed), RowRelation.Table4Row);

        Assert.True(candidates.IsUnique, $"{candidates.Count} readings");
        Assert.Equal(RealRows.Values(expected), candidates[0].ToArray());
    }

    [Theory]
    [InlineData("4 16", "4 4 16|4 16 16")]
    [InlineData("0 10", "0 0 10|0 10 10")]
    [InlineData("1 9", "1 1 9|1 9 9")]
    [InlineData("0 17 15", "0 17 15")]
    [InlineData("0", "0 0 0")]
    [InlineData("265", "265 265 265")]
    public void Expand_Table2RowsHaveNoArithmeticToDecide(string observed, string readings)
    {
        // Real table 2 rows of collapsed reports (行政规范性文件 4 16, 0 10, 1 9, 0 17 15; the trial layout's 规范性文件
        // 265): with two values for three cells either may be doubled; one value can only fill all three.
        var candidates = CollapsedRunExpander.Expand(RealRows.Values(observed), RowRelation.None(3));

        Assert.True(candidates.IsComplete);
        Assert.Equal(readings.Split('|').ToHashSet(), candidates.ToList().Select(c => string.Join(' ', c)).ToHashSet());
    }

    [Fact]
    public void Expand_RestoresEveryRowOfTheRealCollapsedTables()
    {
        foreach (var table in RealRows.CollapsedTables)
        {
            foreach (var (key, text) in table.Rows)
            {
                var candidates = CollapsedRunExpander.Expand(RealRows.Values(text), RowRelation.Table3Row);

                Assert.True(candidates.IsUnique, $"{table.File} {key} “{text}”: {candidates.Count} readings");
                Assert.Equal(table.Expected(key), candidates[0].ToArray());
            }
        }
    }

    [Theory]
    [InlineData("13 13 0")]
    [InlineData("0 0")]
    [InlineData("1 2 3 4 5 6 7 8")]
    [InlineData("")]
    [InlineData("2 1 0 10")]
    public void Expand_HasNoReadingForWhatNoRowCollapsesTo(string observed)
    {
        // Equal neighbours cannot survive collapsing; more values than cells, or no value, is no such row; and
        // 2 1 0 10 has no expansion whose total adds up (2 · 2 · 2 · 2 · 1 · 0 · 10 would need a fifth 2).
        var candidates = CollapsedRunExpander.Expand(RealRows.Values(observed), RowRelation.Table3Row);

        Assert.Equal(0, candidates.Count);
        Assert.True(candidates.IsComplete);
    }

    [Fact]
    public void Expand_AFullRowIsItsOwnOnlyExpansion()
    {
        Assert.Equal([[5, 3, 0, 1, 0, 2, 11]], CollapsedRunExpander.Expand([5, 3, 0, 1, 0, 2, 11], RowRelation.Table3Row).ToList());
        Assert.Equal(0, CollapsedRunExpander.Expand([5, 3, 0, 1, 0, 2, 12], RowRelation.Table3Row).Count);
    }

    [Fact]
    public void Expand_AgreesWithExhaustiveEnumeration_OnRandomSequences()
    {
        var random = new Random(20261203);
        var tables = new RandomTables(20261204);
        for (int i = 0; i < 3000; i++)
        {
            var relation = i % 4 == 0 ? RowRelation.Table4Row : i % 4 == 1 ? RowRelation.None(3) : RowRelation.Table3Row;
            long[] row = relation.CellCount == 15 ? tables.Table4Row() : relation.CellCount == 7 ? tables.Table3Row() : [random.Next(3), random.Next(3), random.Next(3)];
            long[] observed = RandomTables.Collapse(row);
            if (i % 2 == 1)
            {
                observed[random.Next(observed.Length)] = random.Next(4);
            }

            Assert.Equal(Reference(observed, relation), Set(CollapsedRunExpander.Expand(observed, relation, cap: 100_000)));
        }
    }

    [Fact]
    public void Expand_StopsAtTheCapOrBudgetAndSaysSo()
    {
        var capped = CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row, cap: 3);
        Assert.Equal(3, capped.Count);
        Assert.False(capped.IsComplete);

        var exact = CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row, cap: 4);
        Assert.True(exact.IsComplete);

        // 100 alternating values over 200 cells: C(199, 99) expansions. Capped at once, never a restoration.
        long[] alternating = Enumerable.Range(0, 100).Select(i => (long)(i % 2)).ToArray();
        var many = CollapsedRunExpander.Expand(alternating, RowRelation.None(200));
        Assert.False(many.IsComplete);
        Assert.False(many.IsUnique);

        // The same under a sum that almost nothing satisfies: the budget ends the search.
        var sparse = new RowRelation(200, [new RowSum(199, Enumerable.Range(0, 199).ToArray())]);
        var bounded = CollapsedRunExpander.Expand(alternating, sparse);
        Assert.False(bounded.IsUnique);
        for (int i = 0; i < bounded.Count; i++)
        {
            Assert.True(sparse.Holds(bounded[i]));
            Assert.Equal(alternating, RandomTables.Collapse(bounded[i].ToArray()));
        }
    }

    [Fact]
    public void Expand_NeverRestoresAWrongRow_RandomTable3Rows()
    {
        var tables = new RandomTables(20261126);
        int rows = 20_000, unique = 0, collapsed = 0, collapsedUnique = 0;
        for (int i = 0; i < rows; i++)
        {
            long[] row = tables.Table3Row();
            long[] observed = RandomTables.Collapse(row);
            var candidates = CollapsedRunExpander.Expand(observed, RowRelation.Table3Row);

            Assert.True(candidates.IsComplete);
            Assert.True(candidates.IndexOf(row) >= 0, $"{string.Join(' ', observed)}: the true row is not among the readings");
            if (candidates.IsUnique)
            {
                unique++;
                Assert.Equal(row, candidates[0].ToArray());
            }

            if (observed.Length < row.Length)
            {
                collapsed++;
                collapsedUnique += candidates.IsUnique ? 1 : 0;
            }
            else
            {
                // Nothing collapsed (no two neighbours equal, e.g. all different): nothing to decide.
                Assert.True(candidates.IsUnique);
            }

            if (row.All(v => v == 0))
            {
                Assert.True(candidates.IsUnique);
            }
        }

        output.WriteLine($"table 3, collapsed: {rows} random rows ({collapsed} lost cells), {unique} restored by the row alone ({100.0 * unique / rows:F1} %; {collapsedUnique} of the {collapsed} that lost cells), 0 wrong");
        Assert.True(unique > rows * 0.5, $"only {unique} of {rows} restored");
    }

    [Fact]
    public void Expand_NeverRestoresAWrongRow_RandomTable4Rows()
    {
        var tables = new RandomTables(20261127);
        int rows = 5_000, unique = 0;
        for (int i = 0; i < rows; i++)
        {
            long[] row = tables.Table4Row();
            var candidates = CollapsedRunExpander.Expand(RandomTables.Collapse(row), RowRelation.Table4Row);

            Assert.True(candidates.IndexOf(row) >= 0 || !candidates.IsComplete);
            if (candidates.IsUnique)
            {
                unique++;
                Assert.Equal(row, candidates[0].ToArray());
            }
        }

        output.WriteLine($"table 4, collapsed: {rows} random rows, {unique} restored by the row alone ({100.0 * unique / rows:F1} %), 0 wrong");
        Assert.True(unique > rows * 0.3, $"only {unique} of {rows} restored");
    }

    /// <summary>
    /// The definition, by brute force: for every set of cell boundaries at which the value changes, the row that
    /// gives the observed values in turn between them, kept when it collapses to the observed values and satisfies
    /// the relation.
    /// </summary>
    private static HashSet<string> Reference(long[] observed, RowRelation relation)
    {
        var found = new HashSet<string>();
        int cells = relation.CellCount;
        var row = new long[cells];
        for (int changes = 0; changes < 1 << (cells - 1); changes++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)changes) != observed.Length - 1)
            {
                continue;
            }

            int run = 0;
            for (int cell = 0; cell < cells; cell++)
            {
                if (cell > 0 && (changes & (1 << (cell - 1))) != 0)
                {
                    run++;
                }

                row[cell] = observed[run];
            }

            if (RandomTables.Collapse(row).SequenceEqual(observed) && relation.Holds(row))
            {
                found.Add(string.Join(' ', row));
            }
        }

        return found;
    }

    private static HashSet<string> Set(RowCandidates candidates) =>
        candidates.ToList().Select(c => string.Join(' ', c)).ToHashSet();
}
