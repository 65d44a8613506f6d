using OpenGovLint.Cli.Input;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Checking;

/// <summary>
/// Pairs each checked report with last year's report of the same body among the checked files, for the cross-year
/// rules. Built in a first pass that keeps only each file's title, so that memory stays bounded by the files being
/// checked at one time: last year's report is parsed again when the report that needs it is checked.
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

    /// <summary>Reads every file's title (in parallel) and pairs the reports by body and year.</summary>
    public static PreviousYearReports Index(IReadOnlyList<InputFile> files, Func<string, byte[]> read, int parallelism)
    {
        if (files.Count < 2)
        {
            return None;
        }

        var titles = new ReportDocument?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            if (ReadTitle(files[i].FullPath, read) is { } title)
            {
                // Only the title is kept: the body match and the year are all the index needs.
                titles[i] = new ReportDocument(new SourceText(string.Empty)) { Title = title };
            }
        });

        var documents = Enumerable.Range(0, files.Count)
            .Where(i => titles[i] is not null)
            .Select(i => (files[i].FullPath, titles[i]!));
        var pairs = PreviousYearIndex.Build(documents).Pairs();
        return new PreviousYearReports(pairs.ToDictionary(p => p.Key, p => p.Value.Path, StringComparer.Ordinal));
    }

    public string? PreviousPath(InputFile file) => previousPaths.GetValueOrDefault(file.FullPath);

    /// <summary>Last year's report of <paramref name="file"/>, parsed; null when there is none or it cannot be read now.</summary>
    public ReportDocument? Load(InputFile file, Func<string, byte[]> read) =>
        PreviousPath(file) is { } path ? Parse(path, read) : null;

    private static ReportTitle? ReadTitle(string path, Func<string, byte[]> read)
    {
        try
        {
            if (ReportFileReader.FormatOf(path) != Core.Layout.SourceFormat.Text)
            {
                // A page or Word file has no text to take the first lines of: its title is read from the whole.
                return ReportFileReader.Read(read(path), path).BuildModel()?.Title;
            }

            return DocumentDecoder.TryDecode(read(path)) is { } decoded ? ReportParser.ReadTitle(decoded.Text) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null; // The file's own check reports why it cannot be read.
        }
    }

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
