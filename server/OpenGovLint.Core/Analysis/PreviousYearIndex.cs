using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Analysis;

/// <summary>
/// Finds, for each report of a set (a workspace, the files of one CLI run), last year's report of the same body, so
/// the cross-year rules (OGL3101, OGL3102) can run: set <see cref="Rules.AnalysisOptions.PreviousYear"/> to what
/// <see cref="FindPrevious"/> returns. Bodies are matched by the agency named in the title (normalised: width, spaces
/// and punctuation ignored), years by the title's year. Pure: it reads only the documents it is given.
/// </summary>
public sealed class PreviousYearIndex
{
    private readonly Dictionary<string, (string Body, int Year)> keys;
    private readonly Dictionary<(string Body, int Year), List<(string Path, ReportDocument Document)>> reports;

    private PreviousYearIndex(Dictionary<string, (string Body, int Year)> keys, Dictionary<(string Body, int Year), List<(string Path, ReportDocument Document)>> reports)
    {
        this.keys = keys;
        this.reports = reports;
    }

    public static PreviousYearIndex Build(IEnumerable<(string Path, ReportDocument Document)> documents)
    {
        var keys = new Dictionary<string, (string Body, int Year)>(StringComparer.Ordinal);
        var reports = new Dictionary<(string Body, int Year), List<(string Path, ReportDocument Document)>>();
        foreach (var (path, document) in documents)
        {
            if (BodyKey(document) is not string body || document.Title?.Year is not int year)
            {
                continue;
            }

            keys[path] = (body, year);
            if (!reports.TryGetValue((body, year), out var list))
            {
                reports[(body, year)] = list = [];
            }

            list.Add((path, document));
        }

        return new PreviousYearIndex(keys, reports);
    }

    /// <summary>
    /// Last year's report of the same body as the report at <paramref name="path"/>, or null when there is none, or
    /// more than one (two copies of last year's report: which one is meant cannot be told).
    /// </summary>
    public (string Path, ReportDocument Document)? FindPrevious(string path)
    {
        if (!keys.TryGetValue(path, out var key) || !reports.TryGetValue((key.Body, key.Year - 1), out var candidates) || candidates.Count != 1)
        {
            return null;
        }

        return candidates[0];
    }

    /// <summary>Every report that has a previous-year report in the set, with that report.</summary>
    public IReadOnlyDictionary<string, (string Path, ReportDocument Document)> Pairs() =>
        keys.Keys
            .Select(path => (path, previous: FindPrevious(path)))
            .Where(p => p.previous is not null)
            .ToDictionary(p => p.path, p => p.previous!.Value, StringComparer.Ordinal);

    /// <summary>The body a report is of: its title's agency, normalised; null when the title names none.</summary>
    public static string? BodyKey(ReportDocument document)
    {
        string? agency = document.Title?.Agency;
        if (string.IsNullOrWhiteSpace(agency))
        {
            return null;
        }

        string key = TextNormalizer.Key(agency);
        return key.Length == 0 ? null : key;
    }
}
