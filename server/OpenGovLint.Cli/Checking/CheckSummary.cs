using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Cli.Checking;

/// <summary>Counts over all checked files; files that could not be read are not counted.</summary>
internal sealed class CheckSummary
{
    public int Files { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public int Hints { get; private set; }

    public void Add(FileReport report)
    {
        Files++;
        foreach (var diagnostic in report.Diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    Errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    Warnings++;
                    break;
                case DiagnosticSeverity.Info:
                    Infos++;
                    break;
                case DiagnosticSeverity.Hint:
                    Hints++;
                    break;
            }
        }
    }
}
