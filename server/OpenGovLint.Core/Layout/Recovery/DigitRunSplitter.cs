using System.Globalization;

namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// Restores a table row whose cells lost their separators (spec §8, flattened web text): the row arrives as its
/// label followed by its digits run together, <c>640020470</c> for the seven cells 64 · 0 · 0 · 2 · 0 · 4 · 70.
/// <see cref="Split"/> lists every way to cut the digits into the row's cells that the row relation accepts.
/// </summary>
/// <remarks>
/// <para>
/// What a split may be: every cell is a non-negative integer written without leading zeros (a cell that starts with
/// 0 is the single digit 0, which is what makes <c>0000000</c> a row of zeros), at most <see cref="MaxCellDigits"/>
/// digits long (no figure of these tables comes near, and it keeps every sum exact). Blanks inside the run — spaces,
/// ideographic spaces, zero-width characters — are dropped: pages put them anywhere (<c>500000 5</c> is
/// 5 0 0 0 0 0 5), so they are not evidence of a cell boundary. Any other character means the text is not a digit
/// run and gets no reading.
/// </para>
/// <para>
/// Two different cuts of one digit string always give two different rows (a cell's digits are its value's only
/// spelling), so the readings are distinct by construction. The caller takes a row only when
/// <see cref="RowCandidates.IsUnique"/>; several readings go on to the column relations
/// (<see cref="TableRelationSolver"/>) and the text (<see cref="RowHint"/>); none means the row cannot be restored.
/// </para>
/// <para>
/// The search places the cells left to right and prunes: a total whose parts are placed is known, so its digits are
/// compared, not searched; a total already smaller than the sum of the parts placed so far ends the branch. The work
/// is bounded (<see cref="NodeBudget"/> placements, <c>cap</c> readings): an absurd input returns an incomplete list
/// at once instead of hanging, and an incomplete list is never taken as a restoration.
/// </para>
/// </remarks>
public static class DigitRunSplitter
{
    /// <summary>How many readings are listed before the search gives up and calls the row ambiguous.</summary>
    public const int DefaultCap = 64;

    /// <summary>The longest cell, in digits: 10^15 is far beyond any count or amount of these tables.</summary>
    public const int MaxCellDigits = 15;

    /// <summary>How many cell placements one split may try; a real row needs a few hundred at most.</summary>
    public const int NodeBudget = 100_000;

    private const int StackLimit = 256;

    /// <summary>Every split of the digits of <paramref name="text"/> into the cells of a row satisfying <paramref name="relation"/>.</summary>
    /// <param name="text">The row's digits, as they stand after its label (blanks anywhere are ignored).</param>
    /// <param name="relation">The row's cell count and arithmetic.</param>
    /// <param name="cap">At most this many readings are listed; one more marks the list incomplete.</param>
    public static RowCandidates Split(ReadOnlySpan<char> text, RowRelation relation, int cap = DefaultCap)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        int cellCount = relation.CellCount;
        int digitCount = CountDigits(text);
        if (cellCount == 0 || digitCount < cellCount || digitCount > (long)cellCount * MaxCellDigits)
        {
            // Not a digit run, or too few digits for one per cell, or too many for any plausible cells.
            return RowCandidates.None(cellCount);
        }

        Span<byte> digits = digitCount <= StackLimit ? stackalloc byte[digitCount] : new byte[digitCount];
        CopyDigits(text, digits);
        Span<long> cells = cellCount <= StackLimit ? stackalloc long[cellCount] : new long[cellCount];
        var collector = new CandidateCollector(cellCount, cap);
        var search = new Search(digits, cells, relation, collector);
        search.Place(0, 0);
        return collector.ToCandidates(workExhausted: search.BudgetExceeded);
    }

    /// <summary>The number of decimal digits in <paramref name="text"/>, or -1 when it holds anything but digits and blanks.</summary>
    private static int CountDigits(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (CharUnicodeInfo.GetDecimalDigitValue(c) >= 0)
            {
                count++;
            }
            else if (!IsBlank(c))
            {
                return -1;
            }
        }

        return count;
    }

    private static void CopyDigits(ReadOnlySpan<char> text, Span<byte> digits)
    {
        int next = 0;
        foreach (char c in text)
        {
            int value = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (value >= 0)
            {
                digits[next++] = (byte)value;
            }
        }
    }

    /// <summary>Spaces of every width, and the invisible format characters pages leave between digits.</summary>
    private static bool IsBlank(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>The depth-first search over cut positions; a ref struct so that the digits and cells stay on the stack.</summary>
    private ref struct Search
    {
        private readonly ReadOnlySpan<byte> digits;
        private readonly Span<long> cells;
        private readonly RowRelation relation;
        private readonly CandidateCollector collector;
        private int nodes;
        private bool stopped;

        public Search(ReadOnlySpan<byte> digits, Span<long> cells, RowRelation relation, CandidateCollector collector)
        {
            this.digits = digits;
            this.cells = cells;
            this.relation = relation;
            this.collector = collector;
        }

        public bool BudgetExceeded { get; private set; }

        /// <summary>Places cell <paramref name="cell"/> starting at digit <paramref name="position"/>, then the rest.</summary>
        public void Place(int cell, int position)
        {
            int cellsAfter = cells.Length - cell - 1;
            int left = digits.Length - position;

            // The cells after this one need between one and MaxCellDigits digits each.
            int shortest = Math.Max(1, left - (cellsAfter * MaxCellDigits));
            int longest = Math.Min(MaxCellDigits, left - cellsAfter);
            if (digits[position] == 0)
            {
                longest = Math.Min(longest, 1);
            }

            if (relation.ForcedTotalAt[cell] is { } forced)
            {
                // The parts are placed: the total's value is known, so only its own spelling can follow.
                Int128 total = forced.PartsSum(cells);
                int length = DecimalLength(total);
                if (length >= shortest && length <= longest && Spells(position, length, total))
                {
                    Try(cell, position, length);
                }

                return;
            }

            for (int length = shortest; length <= longest && !stopped; length++)
            {
                Try(cell, position, length);
            }
        }

        private void Try(int cell, int position, int length)
        {
            if (++nodes > NodeBudget)
            {
                BudgetExceeded = true;
                stopped = true;
                return;
            }

            cells[cell] = Read(position, length);
            if (!SumsHold(cell) || !PartsFit(cell, digits.Length - position - length))
            {
                return;
            }

            if (cell == cells.Length - 1)
            {
                stopped = !collector.Add(cells);
                return;
            }

            Place(cell + 1, position + length);
        }

        /// <summary>The sums whose last cell is <paramref name="cell"/> hold.</summary>
        private readonly bool SumsHold(int cell)
        {
            foreach (var sum in relation.SumsEndingAt[cell])
            {
                if (!sum.Holds(cells))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Every total still to come can hold the parts placed so far: it is at least their sum, so it needs at least
        /// that many digits, and it has at most the digits left over once the other cells to come have one each.
        /// </summary>
        private readonly bool PartsFit(int cell, int digitsLeft)
        {
            int cellsAfter = cells.Length - cell - 1;
            if (cellsAfter == 0)
            {
                return true;
            }

            int room = Math.Min(MaxCellDigits, digitsLeft - (cellsAfter - 1));
            foreach (var sum in relation.SumArray)
            {
                if (!sum.TotalComesLast || sum.Total <= cell)
                {
                    continue;
                }

                Int128 placed = 0;
                foreach (int part in sum.Parts)
                {
                    if (part <= cell)
                    {
                        placed += cells[part];
                    }
                }

                if (DecimalLength(placed) > room)
                {
                    return false;
                }
            }

            return true;
        }

        private readonly long Read(int position, int length)
        {
            long value = 0;
            for (int i = position; i < position + length; i++)
            {
                value = (value * 10) + digits[i];
            }

            return value;
        }

        /// <summary>Whether the digits at <paramref name="position"/> are exactly <paramref name="value"/>'s decimal spelling.</summary>
        private readonly bool Spells(int position, int length, Int128 value)
        {
            for (int i = position + length - 1; i >= position; i--)
            {
                if (digits[i] != (int)(value % 10))
                {
                    return false;
                }

                value /= 10;
            }

            return true;
        }
    }

    /// <summary>The number of digits of a non-negative value's decimal spelling (0 has one).</summary>
    private static int DecimalLength(Int128 value)
    {
        int length = 1;
        while (value >= 10)
        {
            value /= 10;
            length++;
        }

        return length;
    }
}
