using System.Text;
using OpenGovLint.Core.Layout.Recovery;
using Xunit.Abstractions;

namespace OpenGovLint.Tests.Layout.Recovery;

public sealed class DigitRunSplitterTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("640020470", "64 0 0 2 0 4 70")]
    [InlineData("0000000", "0 0 0 0 0 0 0")]
    [InlineData("500000 5", "5 0 0 0 0 0 5")]
    [InlineData("630020469", "63 0 0 2 0 4 69")]
    [InlineData("1000001", "1 0 0 0 0 0 1")]
    [InlineData("230 000023", "23 0 0 0 0 0 23")]
    [InlineData("23 0 00 0 023", "23 0 0 0 0 0 23")]
    [InlineData(" 0 0 00 00 0 ", "0 0 0 0 0 0 0")]
    [InlineData(" 713000074", "71 3 0 0 0 0 74")]
    [InlineData(" 8100009", "8 1 0 0 0 0 9")]
    [InlineData(" 0200002", "0 2 0 0 0 0 2")]
    [InlineData(" 723000075", "72 3 0 0 0 0 75")]
    [InlineData("21710000218", "217 1 0 0 0 0 218")]
    [InlineData("320000032", "32 0 0 0 0 0 32")]
    [InlineData("750000075", "75 0 0 0 0 0 75")]
    [InlineData("1100002", "1 1 0 0 0 0 2")]
    public void Split_RestoresRealTable3Rows(string digits, string expected)
    {
        var candidates = DigitRunSplitter.Split(digits, RowRelation.Table3Row);

        Assert.True(candidates.IsUnique, Describe(candidates));
        Assert.Equal(RealRows.Values(expected), candidates[0].ToArray());
    }

    [Theory]
    [InlineData("10203120001200000", "1 0 2 0 3 12 0 0 0 12 0 0 0 0 0")]
    [InlineData("21317000001324019", "2 1 3 1 7 0 0 0 0 0 13 2 4 0 19")]
    [InlineData("000000000000000", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0")]
    [InlineData(" 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 ", "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0")]
    public void Split_RestoresRealTable4Rows(string digits, string expected)
    {
        var candidates = DigitRunSplitter.Split(digits, RowRelation.Table4Row);

        Assert.True(candidates.IsUnique, Describe(candidates));
        Assert.Equal(RealRows.Values(expected), candidates[0].ToArray());
    }

    [Theory]
    [InlineData("270020130", "27 0 0 2 0 1 30", "2 7 0 0 20 1 30")]
    [InlineData("220000325", "22 0 0 0 0 3 25", "2 20 0 0 0 3 25")]
    public void Split_ListsEveryReadingOfRealRowsTheRowAloneCannotDecide(string digits, string truth, string other)
    {
        // Both add up: only the column relations of the table (TableRelationSolverTests) can tell them apart.
        var candidates = DigitRunSplitter.Split(digits, RowRelation.Table3Row);

        Assert.True(candidates.IsComplete);
        Assert.False(candidates.IsUnique);
        Assert.Equal(new[] { truth, other }.ToHashSet(), Set(candidates));
    }

    [Fact]
    public void Split_ReadsEveryRowOfTheRealFlattenedTables()
    {
        var ambiguous = new List<string>();
        foreach (var table in RealRows.FlattenedTables)
        {
            foreach (var (key, text) in table.Rows)
            {
                var candidates = DigitRunSplitter.Split(text, RowRelation.Table3Row);

                Assert.True(candidates.IsComplete, $"{table.File} {key}");
                Assert.True(candidates.IndexOf(table.Expected(key)) >= 0, $"{table.File} {key} “{text}”: {Describe(candidates)}");
                if (candidates.IsUnique)
                {
                    Assert.Equal(table.Expected(key), candidates[0].ToArray());
                }
                else
                {
                    ambiguous.Add($"{table.File} {key}");
                }
            }
        }

        Assert.Equal(["03_pingtan_2021.txt T3.Granted", "03_pingtan_2021.txt T3.Unable.1"], ambiguous);
    }

    [Fact]
    public void Split_IgnoresStraySpacesAndOtherBlanks()
    {
        var plain = DigitRunSplitter.Split("200000121", RowRelation.Table3Row);

        foreach (string spaced in new[] { "200 000121", "2 0 0 0 0 0 1 2 1", "200\u3000000\u00A0121", "200\u200B000121\t" })
        {
            var candidates = DigitRunSplitter.Split(spaced, RowRelation.Table3Row);
            Assert.Equal(plain.ToList(), candidates.ToList());
        }

        // The space after 50 is not a cell boundary: 50 · 0 · 0 · 0 · 0 · 0 · 5 does not add up.
        Assert.Equal([5, 0, 0, 0, 0, 0, 5], DigitRunSplitter.Split("500000 5", RowRelation.Table3Row)[0].ToArray());
    }

    [Fact]
    public void Split_ReadsFullWidthDigits()
    {
        var candidates = DigitRunSplitter.Split("６４００２０４７０", RowRelation.Table3Row);

        Assert.True(candidates.IsUnique);
        Assert.Equal([64, 0, 0, 2, 0, 4, 70], candidates[0].ToArray());
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("64002047O")]
    [InlineData("6400-20470")]
    [InlineData("64.0020470")]
    [InlineData("640020471")]
    public void Split_HasNoReadingForTextThatIsNoSuchRow(string text)
    {
        var candidates = DigitRunSplitter.Split(text, RowRelation.Table3Row);

        Assert.Equal(0, candidates.Count);
        Assert.True(candidates.IsComplete);
        Assert.False(candidates.IsUnique);
    }

    [Fact]
    public void Split_NeverReadsALeadingZero()
    {
        // 0 · 1 · 0 · 0 · 0 · 0 · 1 is the only split: "01" is not a cell.
        var candidates = DigitRunSplitter.Split("0100001", RowRelation.Table3Row);
        Assert.True(candidates.IsUnique);
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], candidates[0].ToArray());

        // Of the three ways to cut 1000 into three cells, only 10 · 0 · 0 writes no cell with a leading zero.
        var table2 = DigitRunSplitter.Split("1000", RowRelation.None(3));
        Assert.Equal([[10, 0, 0]], table2.ToList());
    }

    [Theory]
    [InlineData("693665", 3)]
    [InlineData("8855698", 3)]
    [InlineData("6233440", 3)]
    [InlineData("898989", 3)]
    [InlineData("000", 3)]
    [InlineData("2293", 1)]
    [InlineData("10690", 1)]
    public void Split_RestoresRealTable2RowsOnlyWhenTheirDigitsAllowOneReading(string digits, int cells)
    {
        // Table 2 rows of the flattened reports: 行政规范性文件 693665 (2021), 8855698 (2022), 6233440 (2024), the trial
        // layout's 规范性文件 898989, 规章 000, 行政许可 2293 and 10690. With no arithmetic inside the row, three
        // values in six or seven digits have many readings and are not guessed.
        var candidates = DigitRunSplitter.Split(digits, RowRelation.None(cells));

        Assert.True(candidates.IsComplete);
        Assert.Equal(Reference(digits, RowRelation.None(cells)), Set(candidates));
        Assert.Equal(digits.Length == cells || cells == 1, candidates.IsUnique);
    }

    [Fact]
    public void Split_ListsEveryReadingOfARowWithoutArithmetic()
    {
        // Table 2's three-value rows have no relation: 77132470 has many readings and must not be guessed.
        var candidates = DigitRunSplitter.Split("77132470", RowRelation.None(3));

        Assert.True(candidates.IsComplete);
        Assert.False(candidates.IsUnique);
        Assert.Equal(Reference("77132470", RowRelation.None(3)), Set(candidates));
        Assert.Contains([77, 13, 2470], candidates.ToList());

        // A single cell is always unambiguous: 行政许可 2293.
        Assert.Equal([[2293]], DigitRunSplitter.Split("2293", RowRelation.None(1)).ToList());
    }

    [Fact]
    public void Split_AgreesWithExhaustiveEnumeration_OnRandomRuns()
    {
        var random = new Random(20261201);
        var tables = new RandomTables(20261202);
        int compared = 0;
        for (int i = 0; i < 3000; i++)
        {
            // Half from real-looking rows (most have readings), half from the same with a digit changed (most have none).
            var (relation, row) = i % 3 == 0 ? (RowRelation.Table4Row, tables.Table4Row()) : (RowRelation.Table3Row, tables.Table3Row());
            char[] digits = string.Concat(row).ToCharArray();
            if (i % 2 == 1)
            {
                digits[random.Next(digits.Length)] = (char)('0' + random.Next(10));
            }

            string text = new(digits);
            if (text.Length > relation.CellCount + 8)
            {
                continue; // the enumeration below is exponential in the surplus digits
            }

            Assert.Equal(Reference(text, relation), Set(DigitRunSplitter.Split(text, relation, cap: 100_000)));
            compared++;
        }

        Assert.True(compared > 2000, $"only {compared} runs compared");
    }

    [Fact]
    public void Split_StopsAtTheCapAndSaysSo()
    {
        string digits = "123456789123";
        int all = Reference(digits, RowRelation.None(3)).Count;
        Assert.True(all > 10);

        var capped = DigitRunSplitter.Split(digits, RowRelation.None(3), cap: 10);
        Assert.Equal(10, capped.Count);
        Assert.False(capped.IsComplete);
        Assert.False(capped.IsUnique);

        var exact = DigitRunSplitter.Split(digits, RowRelation.None(3), cap: all);
        Assert.Equal(all, exact.Count);
        Assert.True(exact.IsComplete);
    }

    [Fact]
    public void Split_ReturnsAtOnceOnAbsurdInput()
    {
        var random = new Random(7);
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + random.Next(10))));

        // More digits than seven cells of MaxCellDigits can hold: no reading at all.
        Assert.Equal(0, DigitRunSplitter.Split(Digits(200), RowRelation.Table3Row).Count);
        Assert.Equal(0, DigitRunSplitter.Split(Digits(10_000), RowRelation.Table4Row).Count);

        // Table 4 can hold 200 digits: the search is bounded and the list is not a restoration.
        foreach (string text in new[] { Digits(200), new string('1', 200), "1" + new string('0', 199) })
        {
            var candidates = DigitRunSplitter.Split(text, RowRelation.Table4Row);
            Assert.False(candidates.IsUnique);
            AssertEveryReadingSpells(text, RowRelation.Table4Row, candidates);
        }

        // A long row without arithmetic has astronomically many readings: capped.
        string long40 = Digits(200);
        var many = DigitRunSplitter.Split(long40, RowRelation.None(40));
        Assert.False(many.IsComplete);
        Assert.Equal(DigitRunSplitter.DefaultCap, many.Count);
        AssertEveryReadingSpells(long40, RowRelation.None(40), many);

        // Within table 3's reach but with surplus digits everywhere: still bounded, still sound.
        for (int n = 20; n <= 105; n += 17)
        {
            string text = Digits(n);
            AssertEveryReadingSpells(text, RowRelation.Table3Row, DigitRunSplitter.Split(text, RowRelation.Table3Row));
        }
    }

    [Fact]
    public void Split_NeverRestoresAWrongRow_RandomTable3Rows()
    {
        var tables = new RandomTables(20261124);
        int rows = 20_000, unique = 0, ambiguous = 0;
        for (int i = 0; i < rows; i++)
        {
            long[] row = tables.Table3Row();
            string text = tables.Flatten(row);
            var candidates = DigitRunSplitter.Split(text, RowRelation.Table3Row);

            Assert.True(candidates.IsComplete, text);
            Assert.True(candidates.IndexOf(row) >= 0, $"{text}: the true row is not among {Describe(candidates)}");
            if (candidates.IsUnique)
            {
                unique++;
                Assert.Equal(row, candidates[0].ToArray());
            }
            else
            {
                ambiguous++;
            }

            if (row.All(v => v < 10))
            {
                // One digit per cell: the only way to cut it.
                Assert.True(candidates.IsUnique, text);
            }
        }

        output.WriteLine($"table 3, flattened: {rows} random rows, {unique} restored by the row alone ({100.0 * unique / rows:F1} %), {ambiguous} left ambiguous, 0 wrong");
        Assert.True(unique > rows * 0.8, $"only {unique} of {rows} restored");
    }

    [Fact]
    public void Split_NeverRestoresAWrongRow_RandomTable4Rows()
    {
        var tables = new RandomTables(20261125);
        int rows = 5_000, unique = 0;
        for (int i = 0; i < rows; i++)
        {
            long[] row = tables.Table4Row();
            string text = tables.Flatten(row);
            var candidates = DigitRunSplitter.Split(text, RowRelation.Table4Row);

            Assert.True(candidates.IndexOf(row) >= 0 || !candidates.IsComplete, $"{text}: the true row is not among {Describe(candidates)}");
            if (candidates.IsUnique)
            {
                unique++;
                Assert.Equal(row, candidates[0].ToArray());
            }
        }

        output.WriteLine($"table 4, flattened: {rows} random rows, {unique} restored by the row alone ({100.0 * unique / rows:F1} %), 0 wrong");
        Assert.True(unique > rows * 0.5, $"only {unique} of {rows} restored");
    }

    [Fact]
    public void Split_RestoresRowsOfZeros()
    {
        Assert.True(DigitRunSplitter.Split("0000000", RowRelation.Table3Row).IsUnique);
        Assert.True(DigitRunSplitter.Split(new string('0', 15), RowRelation.Table4Row).IsUnique);
        Assert.True(DigitRunSplitter.Split("000", RowRelation.None(3)).IsUnique);
    }

    /// <summary>Every reading satisfies the relation and, written out, is the digits of the text.</summary>
    private static void AssertEveryReadingSpells(string text, RowRelation relation, RowCandidates candidates)
    {
        string digits = new(text.Where(char.IsAsciiDigit).ToArray());
        for (int i = 0; i < candidates.Count; i++)
        {
            Assert.True(relation.Holds(candidates[i]));
            Assert.Equal(digits, string.Concat(candidates[i].ToArray()));
        }
    }

    /// <summary>
    /// The definition, by brute force: every way to cut the digits into the row's cells, each without a leading zero
    /// and at most MaxCellDigits long, that satisfies the relation.
    /// </summary>
    private static HashSet<string> Reference(string text, RowRelation relation)
    {
        string digits = new(text.Where(char.IsAsciiDigit).ToArray());
        var found = new HashSet<string>();
        var cells = new long[relation.CellCount];

        void Cut(int cell, int position)
        {
            if (cell == cells.Length)
            {
                if (position == digits.Length && relation.Holds(cells))
                {
                    found.Add(string.Join(' ', cells));
                }

                return;
            }

            for (int end = position + 1; end <= digits.Length; end++)
            {
                string piece = digits[position..end];
                if (piece.Length > DigitRunSplitter.MaxCellDigits || (piece.Length > 1 && piece[0] == '0'))
                {
                    break;
                }

                cells[cell] = long.Parse(piece);
                Cut(cell + 1, end);
            }
        }

        Cut(0, 0);
        return found;
    }

    private static HashSet<string> Set(RowCandidates candidates) =>
        candidates.ToList().Select(c => string.Join(' ', c)).ToHashSet();

    private static string Describe(RowCandidates candidates)
    {
        var text = new StringBuilder($"{candidates.Count} reading(s){(candidates.IsComplete ? "" : ", incomplete")}");
        foreach (long[] reading in candidates.ToList().Take(8))
        {
            text.Append(" [").AppendJoin(' ', reading).Append(']');
        }

        return text.ToString();
    }
}
