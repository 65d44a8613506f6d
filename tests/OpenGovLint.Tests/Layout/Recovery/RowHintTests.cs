using OpenGovLint.Core.Layout.Recovery;

namespace OpenGovLint.Tests.Layout.Recovery;

public sealed class RowHintTests
{
    [Fact]
    public void Narrow_TakesTheOneReadingTheTextStates()
    {
        // A collapsed table 2 row 行政规范性文件 4 16, and the prose: 新公布4件、废止4件、现行有效16件.
        var readings = CollapsedRunExpander.Expand([4, 16], RowRelation.None(3));
        Assert.Equal(2, readings.Count);

        var narrowed = RowHint.Of((0, 4), (1, 4), (2, 16)).Narrow(readings);

        Assert.True(narrowed.IsUnique);
        Assert.Equal([4, 4, 16], narrowed[0].ToArray());
    }

    [Fact]
    public void Narrow_NeedsOnlyTheCellsThatTellTheReadingsApart()
    {
        var readings = CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row);

        var narrowed = RowHint.Of((2, 1)).Narrow(readings);

        Assert.True(narrowed.IsUnique);
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], narrowed[0].ToArray());
    }

    [Fact]
    public void Narrow_LeavesTheReadingsWhenSeveralAgree()
    {
        // The text says 收到申请1件: every reading of 0 1 0 1 has that total.
        var readings = CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row);

        Assert.Same(readings, RowHint.Of((6, 1)).Narrow(readings));
    }

    [Fact]
    public void Narrow_LeavesTheReadingsWhenNoneAgrees()
    {
        // The text contradicts the table (a defect of its own): the hint decides nothing.
        var readings = CollapsedRunExpander.Expand([4, 16], RowRelation.None(3));

        Assert.Same(readings, RowHint.Of((0, 5)).Narrow(readings));
    }

    [Fact]
    public void Narrow_NeverOverridesARowThatIsAlreadyDecidedOrHasNoReading()
    {
        var restored = CollapsedRunExpander.Expand([13, 0, 13], RowRelation.Table3Row);
        Assert.Same(restored, RowHint.Of((0, 12)).Narrow(restored));

        var none = RowCandidates.None(7);
        Assert.Same(none, RowHint.Of((0, 12)).Narrow(none));
    }

    [Fact]
    public void Narrow_LeavesAnIncompleteListAlone()
    {
        // Readings beyond the cap may agree with the hint too.
        var capped = CollapsedRunExpander.Expand([0, 1, 0, 1], RowRelation.Table3Row, cap: 3);
        Assert.False(capped.IsComplete);

        Assert.Same(capped, RowHint.Of((1, 1)).Narrow(capped));
    }

    [Fact]
    public void Agrees_ComparesTheStatedCellsOnly()
    {
        var hint = RowHint.Of((0, 4), (2, 16));

        Assert.True(hint.Agrees([4, 99, 16]));
        Assert.False(hint.Agrees([4, 16, 15]));
        Assert.Throws<ArgumentException>(() => hint.Agrees([4, 16]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RowHint.Of((-1, 0)));
    }
}
