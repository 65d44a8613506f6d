using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Tests.RealReports;

/// <summary>
/// How well the analysis reads one real report against its truth, counted the way the project's scorer counts:
/// parts and tables found, figures read exactly, real defects reported, error-level findings the truth does not accept,
/// and figures read that differ from the truth (which must never happen: a row is read right or not at all).
/// </summary>
public sealed record RealReportScore(string File, int Parts, int Tables, int Figures, int Defects, int FalseErrors, int WrongFigures, IReadOnlyList<string> Notes)
{
    private static readonly HashSet<SectionKind> Six =
    [
        SectionKind.Overview, SectionKind.ActiveDisclosure, SectionKind.Applications,
        SectionKind.ReviewLitigation, SectionKind.Problems, SectionKind.Other,
    ];

    public static RealReportScore Measure(string folder, RealReportTruth truth)
    {
        var analyzer = new ReportAnalyzer();
        // Read as the CLI reads it: by its extension (web pages through the HTML reader).
        string path = Path.Combine(folder, truth.File);
        var result = analyzer.AnalyzeFile(System.IO.File.ReadAllBytes(path), path, Options(folder, truth)).Result!;
        var notes = new List<string>();
        var document = result.Document;
        int parts = document is null ? 0 : Math.Min(truth.Sections, document.Sections.Where(s => Six.Contains(s.Kind)).Select(s => s.Kind).Distinct().Count());
        int tables = document is null ? 0 : Math.Min(truth.Tables, document.Tables.Count());

        int figures = 0, wrong = 0;
        var want = new Dictionary<string, long[]>(truth.Table3, StringComparer.Ordinal);
        if (truth.Table4 is { } t4)
        {
            want[Table4.DataRowDefinition.Key] = t4;
        }

        foreach (var (key, values) in want)
        {
            var row = key.StartsWith("T3.", StringComparison.Ordinal) ? document?.Table3?.Row(key) : document?.Table4?.DataRow;
            var read = row?.Values.Select(v => v.HasNumber ? (long?)(long)v.Number!.Value : null).ToArray() ?? [];
            if (read.Length == values.Length)
            {
                int same = values.Where((v, i) => read[i] == v).Count();
                figures += same;
                if (same < values.Length && read.All(v => v is not null))
                {
                    wrong++;
                    notes.Add($"{key} read [{string.Join(", ", read)}] want [{string.Join(", ", values)}]");
                }
            }
            else
            {
                notes.Add($"{key} read {read.Length} of {values.Length}");
            }
        }

        var ids = result.Diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int defects = truth.Required.Count(id => ids.ContainsKey(id));
        int falseErrors = 0;
        foreach (var group in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Id))
        {
            int allowed = truth.Allowed.TryGetValue(group.Key, out int a) ? a : truth.Required.Contains(group.Key) ? 1 : 0;
            if (group.Count() > allowed)
            {
                falseErrors += group.Count() - allowed;
                notes.Add($"{group.Count() - allowed} false {group.Key}: {group.First().Message}");
            }
        }

        return new RealReportScore(truth.File, parts, tables, figures, defects, falseErrors, wrong, notes);
    }

    /// <summary>Last year's report, when the truth names one, paired as the CLI pairs the files it is given.</summary>
    private static AnalysisOptions Options(string folder, RealReportTruth truth)
    {
        if (truth.Context.Count == 0)
        {
            return AnalysisOptions.Default;
        }

        var documents = truth.Context.Append(truth.File)
            .Select(name => (name, ReportParser.Parse(Core.IO.DocumentDecoder.TryDecode(System.IO.File.ReadAllBytes(Path.Combine(folder, name)))!.Text)))
            .ToList();
        var previous = PreviousYearIndex.Build(documents).FindPrevious(truth.File);
        return AnalysisOptions.Default with { PreviousYear = previous?.Document };
    }
}
