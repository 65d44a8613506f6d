using OpenGovLint.Cli.Checking;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Cli.Output;

/// <summary>Counts of the run for the summary: by rule and severity, and per file.</summary>
internal sealed class HtmlRunTally
{
    private readonly SortedDictionary<string, RuleCount> rules = new(StringComparer.Ordinal);
    private readonly List<FileCount> files = [];

    public IEnumerable<RuleCount> Rules => rules.Values;

    public IReadOnlyList<FileCount> Files => files;

    public void Add(FileReport report, string anchor, string title)
    {
        var file = new FileCount(report.File.DisplayPath, anchor, title);
        foreach (var finding in report.Diagnostics)
        {
            if (!rules.TryGetValue(finding.Descriptor.Id, out var rule))
            {
                rule = new RuleCount(finding.Descriptor);
                rules.Add(finding.Descriptor.Id, rule);
            }

            rule.Counts.Add(finding.Severity);
            file.Counts.Add(finding.Severity);
        }

        files.Add(file);
    }

    internal sealed record RuleCount(DiagnosticDescriptor Descriptor)
    {
        public SeverityCounts Counts { get; } = new();
    }

    internal sealed record FileCount(string Path, string Anchor, string Title)
    {
        public SeverityCounts Counts { get; } = new();
    }
}

/// <summary>How many findings of each severity.</summary>
internal sealed class SeverityCounts
{
    /// <summary>The severities shown, most severe first.</summary>
    public static readonly DiagnosticSeverity[] Shown = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info, DiagnosticSeverity.Hint];

    private readonly int[] counts = new int[(int)DiagnosticSeverity.Error + 1];

    public int Total => counts.Sum();

    public int this[DiagnosticSeverity severity] => counts[(int)severity];

    public void Add(DiagnosticSeverity severity) => counts[(int)severity]++;
}
