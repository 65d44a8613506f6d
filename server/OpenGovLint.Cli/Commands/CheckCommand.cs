using System.Collections.Concurrent;
using OpenGovLint.Cli.Arguments;
using OpenGovLint.Cli.Checking;
using OpenGovLint.Cli.Fixing;
using OpenGovLint.Cli.Input;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Cli.Output;

namespace OpenGovLint.Cli.Commands;

/// <summary>
/// <c>opengovlint check [PATH…]</c>: resolves the paths, checks the files in parallel and writes the findings in path
/// order. A path that names nothing, or a file that cannot be read, gets one line on standard error and the other
/// files are still checked; exit 2 only when nothing could be checked at all.
/// With <c>--fix</c> the fixes are written to the files first and the findings left are reported; with <c>--diff</c>
/// the changes are printed as a unified diff and nothing is written.
/// </summary>
internal sealed class CheckCommand(CommandContext context)
{
    private PreviousYearReports previousYears = PreviousYearReports.None;
    private FileChecker checker = null!;

    public int Run()
    {
        var arguments = context.Arguments;
        if (InvalidCombination(arguments) is { } problem)
        {
            context.Report(problem);
            return ExitCodes.Failure;
        }

        checker = new FileChecker(
            context.Language,
            context.ReadFile,
            keepDocuments: arguments.Format == OutputFormat.Html,
            resolveFixes: arguments.Format is OutputFormat.Json or OutputFormat.Sarif,
            minSeverity: arguments.MinSeverity);
        var selection = new ReportSelection(arguments.Includes, context.CurrentDirectory, checker.Settings);
        var input = InputResolver.Resolve(arguments.Operands, context.CurrentDirectory, selection);
        foreach (var inputProblem in input.Problems)
        {
            context.Report(inputProblem);
        }

        if (input.Files.Count == 0)
        {
            context.Report("Error_NothingChecked");
            return ExitCodes.Failure;
        }

        // Two passes: first which walked files are reports, and the titles that pair last year's report of each body
        // with this year's; then the check itself.
        var survey = ReportSurvey.Run(input.Files, context.ReadFile, Environment.ProcessorCount);
        previousYears = survey.PreviousYears;
        foreach (var skipped in survey.NotReports)
        {
            context.Verbose("Verbose_NotReport", skipped.DisplayPath);
        }

        if (survey.Reports.Count == 0)
        {
            context.Report("Error_OnlyNotReports", CliMessages.Count(context.Language, survey.NotReports.Count, "NotReport"));
            return ExitCodes.Failure;
        }

        var files = survey.Reports;
        if (arguments.Diff)
        {
            return RunDiff(files);
        }

        using var target = OpenTarget(arguments.OutputPath);
        if (target is null)
        {
            return ExitCodes.Failure;
        }

        var formatter = FormatterFactory.Create(arguments.Format, target.Writer, context.Language, context.CurrentDirectory, arguments.Verbose);
        var summary = new CheckSummary { NotReports = survey.NotReports.Count };
        var fixes = new FixSummary();
        try
        {
            formatter.Begin();
            if (arguments.Fix)
            {
                // The fix summary comes before the findings, so the reports (small: no document text) wait for it.
                var reports = new List<FileReport>();
                CheckAll(files, reports.Add, fixes);
                WriteFixSummary(fixes, wouldFix: false);
                foreach (var report in reports)
                {
                    summary.Add(report);
                    formatter.WriteFile(report);
                }
            }
            else
            {
                CheckAll(files, report =>
                {
                    summary.Add(report);
                    formatter.WriteFile(report);
                }, null);
            }

            formatter.End(summary);
        }
        catch (Exception ex) when (arguments.OutputPath is not null && WriteFailure(ex) is { } failure)
        {
            // The output (a full disk, a device that refuses writes, a pipe whose reader left) failed, not the check.
            context.Report("Error_OutputFailed", arguments.OutputPath, failure.Message);
            context.Detail(ex);
            return ExitCodes.Failure;
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

        if (!arguments.Quiet && arguments.Format is OutputFormat.Text or OutputFormat.GitHub)
        {
            // Text output ends with the summary; GitHub annotations keep standard output to themselves, and the log
            // still says what was checked and what was not shown.
            (arguments.Format == OutputFormat.Text ? context.Stdout : context.Stderr).WriteLine(SummaryText.Line(summary, context.Language));
        }

        if (fixes.WriteFailures > 0)
        {
            // Fixes were asked for and not all could be written: the files are not in the state the caller expects.
            return ExitCodes.Failure;
        }

        return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>--diff: the diffs on standard output in path order, the "would fix" summary on standard error.</summary>
    private int RunDiff(IReadOnlyList<InputFile> files)
    {
        var fixes = new FixSummary();
        int checkedFiles = 0;
        CheckAll(files, _ => checkedFiles++, fixes);
        if (checkedFiles == 0)
        {
            context.Report("Error_NothingChecked");
            return ExitCodes.Failure;
        }

        if (!context.Arguments.Quiet)
        {
            foreach (string line in fixes.Lines(context.Language, wouldFix: true))
            {
                context.Stderr.WriteLine(line);
            }
        }

        // Like diff(1) and ruff --diff: 1 when applying the fixes would change a file.
        return fixes.FilesChanged > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Options that contradict each other: one line and exit 2 rather than a guess.</summary>
    private static CliProblem? InvalidCombination(CliArguments arguments)
    {
        if (arguments.UnsafeFixes && !arguments.Fix && !arguments.Diff)
        {
            return new CliProblem("Error_UnsafeNeedsFix");
        }

        if (arguments.Diff && arguments.OutputPath is not null)
        {
            return new CliProblem("Error_DiffWithOutput");
        }

        if (arguments.Diff && arguments.Format != OutputFormat.Text)
        {
            return new CliProblem("Error_DiffWithFormat", arguments.Format.ToString().ToLowerInvariant());
        }

        return null;
    }

    /// <summary>
    /// Text output gets the fix summary on standard output, before the findings; the structured formats keep standard
    /// output (or the --output file) for the format alone, so the summary goes to standard error.
    /// </summary>
    private void WriteFixSummary(FixSummary fixes, bool wouldFix)
    {
        if (context.Arguments.Quiet)
        {
            return;
        }

        bool toStdout = context.Arguments.Format == OutputFormat.Text;
        foreach (string line in fixes.Lines(context.Language, wouldFix))
        {
            (toStdout ? context.Stdout : context.Stderr).WriteLine(line);
        }
    }

    /// <summary>
    /// Checks (or fixes) the files on all cores and hands the reports on in input order: a finished file waits only
    /// for those before it, so output streams and is the same on every run, while no document text outlives its
    /// analysis.
    /// </summary>
    private void CheckAll(IReadOnlyList<InputFile> files, Action<FileReport> write, FixSummary? fixes)
    {
        var arguments = context.Arguments;
        var fixer = fixes is null ? null : new FileFixer(checker, context.Files, arguments.UnsafeFixes, arguments.Diff);
        var done = new FileOutcome?[files.Count];
        int next = 0;
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        // Each worker takes the next file in input order. Parallel.For would hand each worker a block of the list, and
        // everything the later blocks finish would wait here for the first block: half the reports held at once.
        var order = Partitioner.Create(Enumerable.Range(0, files.Count), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, options, i =>
        {
            var previousYear = previousYears.Load(files[i], context.ReadFile);
            var outcome = fixer is null ? checker.Check(files[i], previousYear) : fixer.Fix(files[i], previousYear);
            lock (gate)
            {
                done[i] = outcome;
                while (next < done.Length && done[next] is { } ready)
                {
                    done[next++] = null;
                    Emit(ready, write, fixes);
                }
            }
        });
    }

    private void Emit(FileOutcome outcome, Action<FileReport> write, FixSummary? fixes)
    {
        if (outcome.Report is { } report)
        {
            if (previousYears.PreviousPath(report.File) is { } previous)
            {
                context.Verbose("Verbose_PreviousYear", report.File.DisplayPath, InputFile.From(previous, context.CurrentDirectory).DisplayPath);
            }

            if (outcome.Fix is { } fix)
            {
                fixes?.Add(fix);
                if (fix.WriteFailure is { } failure)
                {
                    context.Report(FileFixer.Describe(report.File, failure));
                    if (failure.Exception is not null)
                    {
                        context.Detail(failure.Exception);
                    }
                }

                if (fix.Diff is { Length: > 0 } diff)
                {
                    context.Stdout.Write(diff);
                }
            }

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
            return OutputTarget.Open(outputPath, context.FullPath(outputPath), context.Stdout, context.Stderr);
        }
        catch (OutputRefusedException refused)
        {
            context.Report(refused.Problem);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Report("Error_OutputFailed", outputPath, ex.Message);
            context.Detail(ex);
            return null;
        }
    }

    /// <summary>The write error behind an exception (the parallel check wraps what a formatter throws).</summary>
    private static IOException? WriteFailure(Exception exception) => exception switch
    {
        IOException io => io,
        AggregateException aggregate => aggregate.InnerExceptions.Select(WriteFailure).FirstOrDefault(e => e is not null),
        _ => null,
    };

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
