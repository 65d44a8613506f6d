using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Cli.Checking;

/// <summary>
/// Counts over all checked files (files that could not be read are not counted): every finding by severity, those
/// the output did not show (below <see cref="FileReport.MinSeverity"/>), and the walked files that are not reports.
/// </summary>
internal sealed class CheckSummary
{
    public int Files { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public int Hints { get; private set; }

    public int HiddenWarnings { get; private set; }

    public int HiddenInfos { get; private set; }

    public int HiddenHints { get; private set; }

    /// <summary>Files found by walking that are not reports, and so were not checked.</summary>
    public int NotReports { get; set; }

    /// <summary>The least severe finding shown, when every file had the same threshold; null when they differed.</summary>
    public DiagnosticSeverity? MinSeverity { get; private set; }

    private bool sawFile;

    public void Add(FileReport report)
    {
        Files++;
        MinSeverity = !sawFile || MinSeverity == report.MinSeverity ? report.MinSeverity : null;
        sawFile = true;
        foreach (var diagnostic in report.Diagnostics)
        {
            bool hidden = !report.IsShown(diagnostic);
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    Errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    Warnings++;
                    HiddenWarnings += hidden ? 1 : 0;
                    break;
                case DiagnosticSeverity.Info:
                    Infos++;
                    HiddenInfos += hidden ? 1 : 0;
                    break;
                case DiagnosticSeverity.Hint:
                    Hints++;
                    HiddenHints += hidden ? 1 : 0;
                    break;
            }
        }
    }
}
