using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// The figures of a generated report, shaped like real ones: tables 3 and 4 mostly zeros, a few small numbers,
/// natural persons carrying most requests, now and then several legal-person columns at once; every relation of the
/// 2021 layout holds (R3.1 row totals, R3.2 results total, R3.3 balance, R4.1 group totals).
/// </summary>
internal static class FigureGenerator
{
    /// <summary>Result rows that real bodies fill most often.</summary>
    private static readonly HashSet<string> BusyRows = new(StringComparer.Ordinal)
    {
        Table3Layout.Granted, Table3Layout.PartiallyGranted, "T3.Denied.4", "T3.Denied.5", "T3.Unable.1", "T3.Unable.2",
        "T3.NotProcessed.1", "T3.NotProcessed.2", "T3.OtherHandling.1", "T3.OtherHandling.3",
    };

    /// <summary>Table 2 of the 2021 layout: 规章 and 行政规范性文件 (made, repealed, in force), then one figure per row.</summary>
    public static IReadOnlyList<FigureRow> Table2(Random random, bool makesRegulations)
    {
        decimal[] regulations = makesRegulations && random.NextDouble() < 0.7
            ? [random.Next(0, 6), random.Next(0, 3), random.Next(10, 90)]
            : [0, 0, 0];
        int made = random.NextDouble() < 0.3 ? 0 : random.Next(1, 13);
        decimal[] normative = [made, random.NextDouble() < 0.5 ? 0 : random.Next(1, made + 4), made + (random.NextDouble() < 0.1 ? 0 : random.Next(1, 70))];
        return
        [
            new("T2.Regulations", regulations),
            new("T2.NormativeDocuments", normative),
            new("T2.Licensing", [random.NextDouble() < 0.2 ? 0 : Count(random, 30000)]),
            new("T2.Punishment", [random.NextDouble() < 0.3 ? 0 : Count(random, 5000)]),
            new("T2.Enforcement", [random.NextDouble() < 0.6 ? 0 : Count(random, 300)]),
            new(Table2Layout.FeeRowKey, [random.NextDouble() switch { < 0.5 => 0, < 0.6 => Count(random, 500), _ => Amount(random) }]),
        ];
    }

    /// <summary>Table 3's 25 data rows in the standard order, satisfying R3.1–R3.3.</summary>
    public static IReadOnlyList<FigureRow> Table3(Random random)
    {
        // How busy the body is: none at all (common), a handful, dozens, or hundreds of requests.
        int scale = random.NextDouble() switch
        {
            < 0.15 => 0,
            < 0.50 => 5,
            < 0.80 => 40,
            _ => 600,
        };
        var results = new List<FigureRow>();
        var total = new long[7];
        foreach (var definition in Table3Layout.ResultRows)
        {
            long[] row = scale == 0 ? new long[7] : ResultRow(random, scale, BusyRows.Contains(definition.Key) ? 0.6 : 0.12);
            for (int c = 0; c < 7; c++)
            {
                total[c] += row[c];
            }

            results.Add(new FigureRow(definition.Key, Decimals(row)));
        }

        // Carried forward and carried over in some columns; new requests balance them (R3.3): 一 + 二 = 七 + 四.
        var forward = new long[7];
        var over = new long[7];
        var received = new long[7];
        for (int c = 0; c < 6; c++)
        {
            forward[c] = scale == 0 || random.NextDouble() < 0.6 ? 0 : random.NextInt64(0, Math.Max(2, total[c] / 4) + 1);
            over[c] = scale == 0 || random.NextDouble() < 0.6 ? 0 : random.NextInt64(0, Math.Max(1, Math.Min(total[c] + forward[c], Math.Max(2, total[c] / 3))) + 1);
            over[c] = Math.Min(over[c], total[c] + forward[c]);
            received[c] = total[c] + forward[c] - over[c];
        }

        forward[6] = forward.Take(6).Sum();
        over[6] = over.Take(6).Sum();
        received[6] = received.Take(6).Sum();
        var rows = new List<FigureRow> { new(Table3Layout.NewReceived, Decimals(received)), new(Table3Layout.CarriedOver, Decimals(over)) };
        foreach (var definition in Table3Layout.Rows.Where(r => !r.IsGroup && r.Key != Table3Layout.NewReceived && r.Key != Table3Layout.CarriedOver))
        {
            rows.Add(definition.Key switch
            {
                Table3Layout.Total => new FigureRow(Table3Layout.Total, Decimals(total)),
                Table3Layout.CarriedForward => new FigureRow(Table3Layout.CarriedForward, Decimals(forward)),
                _ => results.First(r => r.Key == definition.Key),
            });
        }

        return rows;
    }

    /// <summary>Table 4's 15 figures: three groups of four and their total (R4.1), all zero half the time.</summary>
    public static FigureRow Table4(Random random)
    {
        var row = new long[Table4Layout.ValueCount];
        if (random.NextDouble() < 0.5)
        {
            for (int group = 0; group < 3; group++)
            {
                if (random.NextDouble() < 0.45)
                {
                    continue;
                }

                int max = random.NextDouble() < 0.2 ? 60 : 6;
                for (int i = 0; i < 4; i++)
                {
                    row[(group * 5) + i] = random.NextDouble() < 0.5 ? 0 : Count(random, max);
                }

                row[(group * 5) + 4] = row.Skip(group * 5).Take(4).Sum();
            }
        }

        return new FigureRow(Core.Model.Table4.DataRowDefinition.Key, Decimals(row));
    }

    /// <summary>
    /// One result row: usually nothing; else natural persons from 1 up to the scale, each legal-person column now and
    /// then a small count, and once in a while several of them at once.
    /// </summary>
    private static long[] ResultRow(Random random, int scale, double chance)
    {
        var row = new long[7];
        if (random.NextDouble() >= chance)
        {
            return row;
        }

        row[0] = random.NextDouble() < 0.12 ? 0 : Count(random, scale);
        bool several = random.NextDouble() < 0.12;
        for (int c = 1; c < 6; c++)
        {
            if (random.NextDouble() < (several ? 0.55 : 0.1))
            {
                row[c] = Count(random, Math.Max(2, scale / 8));
            }
        }

        row[6] = row.Take(6).Sum();
        return row;
    }

    /// <summary>A count from 1 to <paramref name="max"/>, small ones likelier (as in real tables).</summary>
    private static long Count(Random random, int max) => Math.Max(1, (long)Math.Round(Math.Pow(max, random.NextDouble())));

    /// <summary>A fee in 万元 with one to four decimals, the last one never 0 (it would not be written).</summary>
    private static decimal Amount(Random random)
    {
        int places = random.Next(1, 5);
        long units = Count(random, 5000);
        long fraction = random.NextInt64(0, (long)Math.Pow(10, places - 1)) * 10 + random.Next(1, 10);
        return units + (fraction / (decimal)Math.Pow(10, places));
    }

    private static decimal[] Decimals(long[] values) => values.Select(v => (decimal)v).ToArray();
}
