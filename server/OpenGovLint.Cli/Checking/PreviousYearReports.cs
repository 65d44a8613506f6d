using OpenGovLint.Cli.Input;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Checking;

/// <summary>
/// Pairs each checked report with last year's report of the same body among the checked files, for the cross-year
/// rules. Built from the titles the first pass (<see cref="ReportSurvey"/>) keeps, so that memory stays bounded by the
/// files being checked at one time: last year's report is parsed again when the report that needs it is checked.
/// </summary>
internal sealed class PreviousYearReports
{
    private readonly IReadOnlyDictionary<string, string> previousPaths;

    private PreviousYearReports(IReadOnlyDictionary<string, string> previousPaths)
    {
        this.previousPaths = previousPaths;
    }

    public static PreviousYearReports None { get; } = new(new Dictionary<string, string>());

    public int Count => previousPaths.Count;

    /// <summary>Pairs the reports by body and year from their titles (read by <see cref="ReportSurvey"/>).</summary>
    public static PreviousYearReports FromTitles(IEnumerable<(string Path, ReportTitle Title)> titles)
    {
        // Only the title is kept: the body match and the year are all the index needs.
        var documents = titles.Select(t => (t.Path, new ReportDocument(new SourceText(string.Empty)) { Title = t.Title }));
        var pairs = PreviousYearIndex.Build(documents).Pairs();
        return new PreviousYearReports(pairs.ToDictionary(p => p.Key, p => p.Value.Path, StringComparer.Ordinal));
    }

    public string? PreviousPath(InputFile file) => previousPaths.GetValueOrDefault(file.FullPath);

    /// <summary>Last year's report of <paramref name="file"/>, parsed; null when there is none or it cannot be read now.</summary>
    public ReportDocument? Load(InputFile file, Func<string, byte[]> read) =>
        PreviousPath(file) is { } path ? Parse(path, read) : null;

    private static ReportDocument? Parse(string path, Func<string, byte[]> read)
    {
        try
        {
            return ReportFileReader.Read(read(path), path).BuildModel();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without last year's report the cross-year rules are simply not run; the file's own check reports
            // a read error if there is one.
            return null;
        }
    }
}
