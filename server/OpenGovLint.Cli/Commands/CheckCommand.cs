using OpenGovLint.Cli.Arguments;
using OpenGovLint.Cli.Checking;
using OpenGovLint.Cli.Input;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Cli.Output;

namespace OpenGovLint.Cli.Commands;

/// <summary>
/// <c>opengovlint check [PATH…]</c>: resolves the paths, checks the files in parallel and writes the findings in path
/// order. A path that names nothing, or a file that cannot be read, gets one line on standard error and the other
/// files are still checked; exit 2 only when nothing could be checked at all.
/// </summary>
internal sealed class CheckCommand(CommandContext context)
{
    public int Run()
    {
        var arguments = context.Arguments;
        var input = InputResolver.Resolve(arguments.Operands, context.CurrentDirectory);
        foreach (var problem in input.Problems)
        {
            context.Report(problem);
        }

        if (input.Files.Count == 0)
        {
            context.Report("Error_NothingChecked");
            return ExitCodes.Failure;
        }

        using var target = OpenTarget(arguments.OutputPath);
        if (target is null)
        {
            return ExitCodes.Failure;
        }

        var formatter = FormatterFactory.Create(arguments.Format, target.Writer, context.Language, context.CurrentDirectory);
        var summary = new CheckSummary();
        try
        {
            formatter.Begin();
            CheckAll(input.Files, report =>
            {
                summary.Add(report);
                formatter.WriteFile(report);
            });
            formatter.End(summary);
        }
        finally
        {
            (formatter as IDisposable)?.Dispose();
        }

        if (summary.Files == 0)
        {
            // Every file failed to read: an empty report would look like a clean run.
            context.Report("Error_NothingChecked");
            return ExitCodes.Failure;
        }

        if (!TryCommit(target, arguments.OutputPath))
        {
            return ExitCodes.Failure;
        }

        if (arguments.Format == OutputFormat.Text && !arguments.Quiet)
        {
            context.Stdout.WriteLine(SummaryLine(summary));
        }

        return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    public string SummaryLine(CheckSummary summary)
    {
        var language = context.Language;
        return CliMessages.Format(
            language,
            "Summary",
            CliMessages.Count(language, summary.Files, "File"),
            CliMessages.Count(language, summary.Errors, "Error"),
            CliMessages.Count(language, summary.Warnings, "Warning"),
            CliMessages.Count(language, summary.Infos + summary.Hints, "Info"));
    }

    /// <summary>
    /// Checks the files on all cores and hands the reports on in input order: a finished file waits only for those
    /// before it, so output streams and is the same on every run, while no document text outlives its analysis.
    /// </summary>
    private void CheckAll(IReadOnlyList<InputFile> files, Action<FileReport> write)
    {
        var checker = new FileChecker(context.Language, context.ReadFile);
        var done = new FileOutcome?[files.Count];
        int next = 0;
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, options, i =>
        {
            var outcome = checker.Check(files[i]);
            lock (gate)
            {
                done[i] = outcome;
                while (next < done.Length && done[next] is { } ready)
                {
                    done[next++] = null;
                    Emit(ready, write);
                }
            }
        });
    }

    private void Emit(FileOutcome outcome, Action<FileReport> write)
    {
        if (outcome.Report is { } report)
        {
            write(report);
            context.Verbose(
                "Verbose_Checked",
                report.File.DisplayPath,
                report.Encoding ?? CliMessages.Get(context.Language, "Verbose_Unreadable"),
                report.Diagnostics.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        context.Report(outcome.FailureKey ?? "Error_CheckFailed", outcome.File.DisplayPath, outcome.Failure?.Message ?? string.Empty);
        if (outcome.Failure is not null)
        {
            context.Detail(outcome.Failure);
        }
    }

    private OutputTarget? OpenTarget(string? outputPath)
    {
        if (outputPath is null)
        {
            return OutputTarget.ToWriter(context.Stdout);
        }

        try
        {
            return OutputTarget.ToFile(context.FullPath(outputPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Report("Error_OutputFailed", outputPath, ex.Message);
            context.Detail(ex);
            return null;
        }
    }

    private bool TryCommit(OutputTarget target, string? outputPath)
    {
        try
        {
            target.Commit();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Report("Error_OutputFailed", outputPath ?? "-", ex.Message);
            context.Detail(ex);
            return false;
        }
    }
}
