using OpenGovLint.Core.Layout.Recovery;

namespace OpenGovLint.Tests.Layout.Recovery;

public sealed class RowCandidatesTests
{
    [Fact]
    public void Read_IsOneCompleteReading()
    {
        var row = RowCandidates.Read([13, 0, 0, 0, 0, 0, 13]);

        Assert.True(row.IsUnique);
        Assert.Equal(7, row.CellCount);
        Assert.Equal([13, 0, 0, 0, 0, 0, 13], row[0].ToArray());
    }

    [Fact]
    public void None_IsCompleteAndEmpty()
    {
        var row = RowCandidates.None(7);

        Assert.Equal(0, row.Count);
        Assert.True(row.IsComplete);
        Assert.False(row.IsUnique);
        Assert.Throws<ArgumentOutOfRangeException>(() => row[0].Length);
    }

    [Fact]
    public void Of_DropsDuplicatesAndKeepsTheOrder()
    {
        var row = RowCandidates.Of(3, isComplete: true, [[1, 1, 9], [1, 9, 9], [1, 1, 9]]);

        Assert.Equal([[1, 1, 9], [1, 9, 9]], row.ToList());
        Assert.Equal(1, row.IndexOf([1, 9, 9]));
        Assert.Equal(-1, row.IndexOf([9, 9, 1]));
        Assert.Equal(-1, row.IndexOf([1, 9]));
        Assert.Throws<ArgumentException>(() => RowCandidates.Of(3, true, [[1, 2]]));
    }

    [Fact]
    public void AnIncompleteListOfOneIsNotUnique()
    {
        var row = RowCandidates.Of(3, isComplete: false, [[1, 1, 9]]);

        Assert.Equal(1, row.Count);
        Assert.False(row.IsUnique);
    }
}
