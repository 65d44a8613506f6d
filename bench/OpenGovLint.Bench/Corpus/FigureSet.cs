using System.Globalization;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Bench.Corpus;

/// <summary>
/// Random figures for the three standard tables that satisfy the table relations (row totals, the results total,
/// the 勾稽关系 of table 3, the group totals of table 4), or break a few of them on purpose.
/// </summary>
internal sealed class FigureSet
{
    private static readonly int[] ColumnScale = [120, 12, 3, 3, 4, 6];

    private readonly Dictionary<string, long[]> values = new(StringComparer.Ordinal);
    private string fees = "0";

    public int BrokenRelations { get; private set; }

    public long NewReceivedTotal => values[Table3Layout.NewReceived][Table3Layout.TotalColumn];

    public long CarriedOverTotal => values[Table3Layout.CarriedOver][Table3Layout.TotalColumn];

    public long ClosedTotal => values[Table3Layout.Total][Table3Layout.TotalColumn];

    public long CarriedForwardTotal => values[Table3Layout.CarriedForward][Table3Layout.TotalColumn];

    public long ReviewTotal => values[Table4.DataRowDefinition.Key][Table4Layout.GroupSize - 1];

    public static FigureSet Consistent(Random random)
    {
        var set = new FigureSet();
        set.FillTable2(random);
        set.FillTable3(random);
        set.FillTable4(random);
        return set;
    }

    /// <summary>Breaks one to three relations: a part of a row, a total, a group total of table 4.</summary>
    public void Break(Random random)
    {
        int breaks = random.Next(1, 4);
        for (int b = 0; b < breaks; b++)
        {
            switch (random.Next(4))
            {
                case 0:
                    var part = Table3Layout.ResultRows[random.Next(Table3Layout.ResultRows.Count)];
                    values[part.Key][random.Next(Table3Layout.TotalColumn)] += random.Next(1, 6);
                    break;
                case 1:
                    values[Table3Layout.Total][random.Next(Table3Layout.ColumnCount)] += random.Next(1, 6);
                    break;
                case 2:
                    values[Table3Layout.CarriedForward][random.Next(Table3Layout.TotalColumn)] += random.Next(1, 6);
                    break;
                default:
                    int group = random.Next(Table4Layout.Groups.Count);
                    values[Table4.DataRowDefinition.Key][(group * Table4Layout.GroupSize) + Table4Layout.GroupSize - 1] += random.Next(1, 4);
                    break;
            }

            BrokenRelations++;
        }
    }

    /// <summary>The cell texts for <see cref="ReportTemplate.Create"/>.</summary>
    public CanonicalTableWriter.CellText CellText => (row, column) =>
    {
        if (row.Key == Table2Layout.FeeRowKey)
        {
            return column == 0 ? fees : null;
        }

        if (values.TryGetValue(row.Key, out long[]? rowValues))
        {
            return column < rowValues.Length ? rowValues[column].ToString(CultureInfo.InvariantCulture) : null;
        }

        return column < row.ValueCount ? "0" : null;
    };

    private void FillTable2(Random random)
    {
        long regulationsIssued = random.Next(0, 4), regulationsRepealed = random.Next(0, 3);
        values["T2.Regulations"] = [regulationsIssued, regulationsRepealed, random.Next((int)regulationsIssued, 60)];
        long normativeIssued = random.Next(0, 40), normativeRepealed = random.Next(0, 20);
        values["T2.NormativeDocuments"] = [normativeIssued, normativeRepealed, random.Next((int)normativeIssued, 400)];
        values["T2.Licensing"] = [random.Next(0, 8000)];
        values["T2.Punishment"] = [random.Next(0, 3000)];
        values["T2.Enforcement"] = [random.Next(0, 500)];
        fees = random.Next(3) == 0 ? (random.Next(1, 100000) / 100.0).ToString("0.##", CultureInfo.InvariantCulture) : "0";
    }

    private void FillTable3(Random random)
    {
        foreach (var row in Table3Layout.Rows.Where(r => r.ValueCount > 0))
        {
            values[row.Key] = new long[Table3Layout.ColumnCount];
        }

        for (int c = 0; c < Table3Layout.TotalColumn; c++)
        {
            long total = 0;
            foreach (var row in Table3Layout.ResultRows)
            {
                long v = random.Next(3) == 0 ? random.Next(0, ColumnScale[c] + 1) : 0;
                values[row.Key][c] = v;
                total += v;
            }

            long carriedForward = random.Next(0, (int)Math.Min(total / 5, 50) + 2);
            long carriedOver = random.Next(0, (int)Math.Min(total + carriedForward, 20) + 1);
            values[Table3Layout.Total][c] = total;
            values[Table3Layout.CarriedForward][c] = carriedForward;
            values[Table3Layout.CarriedOver][c] = carriedOver;
            values[Table3Layout.NewReceived][c] = total + carriedForward - carriedOver;
        }

        foreach (long[] row in values.Values.Where(v => v.Length == Table3Layout.ColumnCount))
        {
            row[Table3Layout.TotalColumn] = row.Take(Table3Layout.TotalColumn).Sum();
        }
    }

    private void FillTable4(Random random)
    {
        var row = new long[Table4Layout.ValueCount];
        for (int g = 0; g < Table4Layout.Groups.Count; g++)
        {
            long sum = 0;
            for (int c = 0; c < Table4Layout.GroupSize - 1; c++)
            {
                long v = random.Next(4) == 0 ? random.Next(0, 12) : 0;
                row[(g * Table4Layout.GroupSize) + c] = v;
                sum += v;
            }

            row[(g * Table4Layout.GroupSize) + Table4Layout.GroupSize - 1] = sum;
        }

        values[Table4.DataRowDefinition.Key] = row;
    }
}
