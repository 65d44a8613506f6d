using System.Globalization;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Layouts;

/// <summary>
/// What the analysis read of one rendering, against the generated truth: parts and tables found, figures read right,
/// figures read wrong (a row taken as read — right count, not unresolved — with a figure other than the truth's), the
/// figures of rows the rendering determines and those of them left unread, and the error-level findings.
/// </summary>
internal sealed record ReadingCheck(RenderedReport Rendered, int Parts, int Tables, int Figures, int FiguresRead, int DeterminedFigures, int DeterminedRead, IReadOnlyList<string> WrongRows, IReadOnlyDictionary<string, string> UnreadRows, IReadOnlyList<Diagnostic> Errors)
{
    private static readonly SectionKind[] Six =
    [
        SectionKind.Overview, SectionKind.ActiveDisclosure, SectionKind.Applications,
        SectionKind.ReviewLitigation, SectionKind.Problems, SectionKind.Other,
    ];

    public static ReadingCheck Of(RenderedReport rendered)
    {
        var result = new ReportAnalyzer().Analyze(rendered.Text);
        var document = result.Document!;
        int parts = Six.Count(kind => document.FindSection(kind) is not null);
        int tables = document.Tables.Count();
        int figures = 0, read = 0, determined = 0, determinedRead = 0;
        var wrong = new List<string>();
        var unread = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, truth) in rendered.Report.Truth)
        {
            var row = Row(document, key);
            bool taken = row is { HasExpectedCount: true, Reading: not RowReading.Unresolved };
            bool isDetermined = !rendered.Undetermined.Contains(key);
            int rowRead = 0;
            for (int column = 0; column < truth.Length; column++)
            {
                var value = taken ? row!.ValueAt(column) : null;
                if (value is { HasNumber: true } && value.Number == truth[column])
                {
                    rowRead++;
                }
            }

            if (taken && Enumerable.Range(0, truth.Length).Any(c => row!.ValueAt(c) is { HasNumber: true } v && v.Number != truth[c]))
            {
                wrong.Add($"{key} read [{string.Join(", ", row!.Values.Select(v => v.Text))}] ({row.Reading}) want [{Join(truth)}]");
            }
            else if (rowRead < truth.Length && isDetermined)
            {
                unread[key] = $"{key} want [{Join(truth)}]: " + (row is null ? "no row" : $"{row.Reading}, {row.Values.Count} cells [{string.Join(", ", row.Values.Select(v => v.Text))}]");
            }

            figures += truth.Length;
            read += rowRead;
            if (isDetermined)
            {
                determined += truth.Length;
                determinedRead += rowRead;
            }
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        return new ReadingCheck(rendered, parts, tables, figures, read, determined, determinedRead, wrong, unread, errors);
    }

    /// <summary>A line for a failure message: the case, and what went wrong with it.</summary>
    public string Describe(string what) =>
        $"{Rendered} — {what}\n    " + string.Join("\n    ", WrongRows.Concat(UnreadRows.Values).Concat(Errors.Select(e => $"{e.Id} line {e.Range.Start.Line + 1}: {e.Message}")).Take(8));

    private static TableRow? Row(ReportDocument document, string key) =>
        key.StartsWith("T2.", StringComparison.Ordinal) ? document.Table2?.Row(key)
        : key.StartsWith("T3.", StringComparison.Ordinal) ? document.Table3?.Row(key)
        : document.Table4?.DataRow;

    private static string Join(decimal[] values) => string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
}
