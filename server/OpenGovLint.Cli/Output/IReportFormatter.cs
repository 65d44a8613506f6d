using OpenGovLint.Cli.Checking;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// Writes findings in one output format. Files arrive one at a time, in output order, so a formatter can stream
/// instead of collecting the whole run.
/// </summary>
internal interface IReportFormatter
{
    void Begin();

    void WriteFile(FileReport report);

    void End(CheckSummary summary);
}
