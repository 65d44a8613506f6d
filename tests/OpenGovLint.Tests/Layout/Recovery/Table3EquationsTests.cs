using OpenGovLint.Core.Layout.Recovery;

namespace OpenGovLint.Tests.Layout.Recovery;

public sealed class Table3EquationsTests
{
    [Theory]
    [InlineData(false, 21)]
    [InlineData(true, 19)]
    public void Create_GivesR32AndR33ForEachOfTheSevenColumns(bool trial, int resultRows)
    {
        var equations = Table3Equations.Create(trial);

        Assert.Equal(14, equations.Count);
        for (int c = 0; c < 7; c++)
        {
            var results = equations[c];
            Assert.Equal($"R3.2 column {c}", results.Name);
            Assert.Equal([new CellRef("T3.Total", c)], results.Left);
            Assert.Equal(resultRows, results.Right.Count);
            Assert.All(results.Right, cell => Assert.Equal(c, cell.Column));
            Assert.Equal(trial, results.Right.Any(cell => cell.Row == "T3.OtherHandling"));
            Assert.Equal(!trial, results.Right.Any(cell => cell.Row == "T3.OtherHandling.3"));

            var balance = equations[7 + c];
            Assert.Equal($"R3.3 column {c}", balance.Name);
            Assert.Equal([new CellRef("T3.NewReceived", c), new CellRef("T3.CarriedOver", c)], balance.Left);
            Assert.Equal([new CellRef("T3.Total", c), new CellRef("T3.CarriedForward", c)], balance.Right);
        }
    }

    [Fact]
    public void Create_NamesTheRowsOfTheTable()
    {
        foreach (bool trial in new[] { false, true })
        {
            var keys = RealRows.Keys(trial).Select(k => "T3." + k).ToHashSet();
            var named = Table3Equations.Create(trial).SelectMany(e => e.Left.Concat(e.Right)).Select(c => c.Row).ToHashSet();

            Assert.Equal(keys, named);
        }
    }

    [Fact]
    public void Create_HoldsOnARealTable()
    {
        foreach (var table in RealRows.FlattenedTables.Concat(RealRows.CollapsedTables))
        {
            foreach (var equation in Table3Equations.Create(table.TrialEdition))
            {
                long left = equation.Left.Sum(cell => table.Expected(cell.Row)[cell.Column]);
                long right = equation.Right.Sum(cell => table.Expected(cell.Row)[cell.Column]);
                Assert.True(left == right, $"{table.File} {equation.Name}: {left} ≠ {right}");
            }
        }
    }
}
