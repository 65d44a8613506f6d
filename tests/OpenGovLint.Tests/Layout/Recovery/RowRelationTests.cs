using OpenGovLint.Core.Layout.Recovery;

namespace OpenGovLint.Tests.Layout.Recovery;

public sealed class RowRelationTests
{
    [Fact]
    public void Table3Row_IsTheRowTotal_R31()
    {
        var relation = RowRelation.Table3Row;

        Assert.Equal(7, relation.CellCount);
        var sum = Assert.Single(relation.Sums);
        Assert.Equal(6, sum.Total);
        Assert.Equal([0, 1, 2, 3, 4, 5], sum.Parts.ToArray());
        Assert.True(relation.Holds([64, 0, 0, 2, 0, 4, 70]));
        Assert.False(relation.Holds([64, 0, 0, 2, 0, 4, 71]));
        Assert.False(relation.Holds([640, 0, 2, 0, 4, 70, 0]));
    }

    [Fact]
    public void Table4Row_IsTheThreeGroupTotals_R41()
    {
        var relation = RowRelation.Table4Row;

        Assert.Equal(15, relation.CellCount);
        Assert.Equal([4, 9, 14], relation.Sums.Select(s => s.Total));
        Assert.True(relation.Holds([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]));
        Assert.True(relation.Holds([2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]));
        Assert.False(relation.Holds([2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 18]));
        Assert.False(relation.Holds([1, 0, 2, 0, 3, 12, 0, 0, 0, 11, 0, 0, 0, 0, 0]));
    }

    [Fact]
    public void None_HoldsForEveryRowOfItsLength()
    {
        var relation = RowRelation.None(3);

        Assert.Empty(relation.Sums);
        Assert.True(relation.Holds([77, 13, 2470]));
        Assert.True(relation.Holds([0, 0, 0]));
        Assert.False(relation.Holds([77, 13]));
        Assert.Same(relation, RowRelation.None(3));
        Assert.Equal(40, RowRelation.None(40).CellCount);
    }

    [Fact]
    public void Holds_IsFalseForARowOfAnotherLength()
    {
        Assert.False(RowRelation.Table3Row.Holds([0, 0, 0, 0, 0, 0]));
        Assert.False(RowRelation.Table3Row.Holds([0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.False(RowRelation.Table4Row.Holds([]));
    }

    [Fact]
    public void Holds_AddsWithoutOverflow()
    {
        // In 64 bits, long.MaxValue + 1 wraps to long.MinValue and the sum would seem to hold.
        var relation = new RowRelation(3, [new RowSum(2, 0, 1)]);

        Assert.False(relation.Holds([long.MaxValue, 1, long.MinValue]));
        Assert.True(relation.Holds([long.MaxValue, -1, long.MaxValue - 1]));
    }

    [Fact]
    public void Constructor_RejectsSumsOutsideTheRowOrOfThemselves()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RowRelation(3, [new RowSum(3, 0, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RowRelation(3, [new RowSum(2, 0, 5)]));
        Assert.Throws<ArgumentException>(() => new RowSum(2, 0, 2));
        Assert.Throws<ArgumentException>(() => new RowSum(2));
    }

    [Fact]
    public void RowSum_KnowsWhetherItsTotalComesLast()
    {
        Assert.True(new RowSum(6, 0, 1, 2, 3, 4, 5).TotalComesLast);
        var totalFirst = new RowSum(0, 1, 2);
        Assert.False(totalFirst.TotalComesLast);
        Assert.Equal(2, totalFirst.LastCell);
        Assert.True(new RowRelation(3, [totalFirst]).Holds([5, 2, 3]));
    }
}
