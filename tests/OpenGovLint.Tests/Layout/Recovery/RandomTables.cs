using System.Text;

namespace OpenGovLint.Tests.Layout.Recovery;

/// <summary>
/// Random consistent tables 3 and 4, shaped like real ones (most cells 0, 自然人 carrying most requests, figures from
/// 1 to a few thousand), and the two damages of spec §8 applied to their rows: flattening and collapsing.
/// </summary>
internal sealed class RandomTables(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>A table-3 data row: six counts and their total.</summary>
    public long[] Table3Row(double emptyRowChance = 0.3)
    {
        var row = new long[7];
        if (random.NextDouble() < emptyRowChance)
        {
            return row;
        }

        row[0] = random.NextDouble() < 0.15 ? 0 : Count(2000);
        for (int column = 1; column < 6; column++)
        {
            row[column] = random.NextDouble() < 0.8 ? 0 : Count(60);
        }

        row[6] = row.Take(6).Sum();
        return row;
    }

    /// <summary>The table-4 row: three groups of four counts and their total.</summary>
    public long[] Table4Row()
    {
        var row = new long[15];
        for (int group = 0; group < 3; group++)
        {
            if (random.NextDouble() < 0.4)
            {
                continue;
            }

            for (int i = 0; i < 4; i++)
            {
                row[(group * 5) + i] = random.NextDouble() < 0.5 ? 0 : Count(40);
            }

            row[(group * 5) + 4] = row.Skip(group * 5).Take(4).Sum();
        }

        return row;
    }

    /// <summary>
    /// A whole table 3 satisfying R3.1–R3.3: the result rows, their column sums as （七）总计, then carried-over and
    /// carried-forward requests and the new ones that balance them. Keys as the model names rows.
    /// </summary>
    public List<(string Key, long[] Values)> Table3(bool trial)
    {
        var rows = new List<(string Key, long[] Values)>();
        var total = new long[7];
        foreach (string key in RealRows.Keys(trial).Skip(2).SkipLast(2))
        {
            long[] row = Table3Row(emptyRowChance: 0.65);
            rows.Add(("T3." + key, row));
            for (int c = 0; c < 7; c++)
            {
                total[c] += row[c];
            }
        }

        long[] carriedForward = Sparse(total, 0.7);
        long[] carriedOver = Sparse(Add(total, carriedForward), 0.7);
        long[] received = new long[7];
        for (int c = 0; c < 6; c++)
        {
            received[c] = total[c] + carriedForward[c] - carriedOver[c];
        }

        received[6] = received.Take(6).Sum();
        rows.Insert(0, ("T3.CarriedOver", carriedOver));
        rows.Insert(0, ("T3.NewReceived", received));
        rows.Add(("T3.Total", total));
        rows.Add(("T3.CarriedForward", carriedForward));
        return rows;
    }

    /// <summary>The row's digits run together, with a stray space now and then (the page's, not a separator).</summary>
    public string Flatten(long[] row)
    {
        var text = new StringBuilder();
        foreach (long value in row)
        {
            text.Append(value);
            if (random.NextDouble() < 0.1)
            {
                text.Insert(random.Next(text.Length + 1), ' ');
            }
        }

        return text.ToString();
    }

    /// <summary>The row as an archive that drops a line equal to the one before shows it.</summary>
    public static long[] Collapse(long[] row)
    {
        var observed = new List<long>();
        foreach (long value in row)
        {
            if (observed.Count == 0 || observed[^1] != value)
            {
                observed.Add(value);
            }
        }

        return observed.ToArray();
    }

    public int Next(int maxValue) => random.Next(maxValue);

    /// <summary>A count from 1 to <paramref name="max"/>, small ones likelier (as in real tables).</summary>
    private long Count(int max) => Math.Max(1, (long)Math.Round(Math.Pow(max, random.NextDouble())));

    /// <summary>Per column 0..5 a value between 0 and the bound, mostly 0; column 6 their sum.</summary>
    private long[] Sparse(long[] bound, double zeroChance)
    {
        var row = new long[7];
        for (int c = 0; c < 6; c++)
        {
            row[c] = random.NextDouble() < zeroChance ? 0 : random.NextInt64(bound[c] + 1);
        }

        row[6] = row.Take(6).Sum();
        return row;
    }

    private static long[] Add(long[] a, long[] b) => a.Zip(b, (x, y) => x + y).ToArray();
}
