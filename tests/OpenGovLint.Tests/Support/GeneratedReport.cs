using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// A report made up from a seed whose parts agree: tables 2, 3 and 4 with their figures, and prose whose counts are the
/// tables' counts. <see cref="Truth"/> holds every figure by row key, as the model names rows (<c>T3.Denied.5</c>,
/// <c>T4.Data</c>, <c>T2.Licensing</c>). <see cref="Published"/> is when the report went online (its signature is dated
/// that day).
/// </summary>
internal sealed record GeneratedReport(int Seed, string Agency, int Year, DateTime Published, ReportProse Prose, IReadOnlyList<FigureRow> Table2, IReadOnlyList<FigureRow> Table3, FigureRow Table4)
{
    /// <summary>Every figure of the three tables, by row key.</summary>
    public IReadOnlyDictionary<string, decimal[]> Truth { get; } =
        Table2.Concat(Table3).Append(Table4).ToDictionary(r => r.Key, r => r.Values, StringComparer.Ordinal);

    /// <summary>The values of a table-3 row by key.</summary>
    public decimal[] Row3(string key) => Table3.First(r => r.Key == key).Values;

    /// <summary>The values of a table-2 row by key.</summary>
    public decimal[] Row2(string key) => Table2.First(r => r.Key == key).Values;

    public override string ToString() => $"seed {Seed}: {Agency} {Year}";
}
