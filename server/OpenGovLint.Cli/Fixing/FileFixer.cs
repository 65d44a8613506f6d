using OpenGovLint.Cli.Arguments;
using OpenGovLint.Cli.Checking;
using OpenGovLint.Cli.Input;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Fixing;

/// <summary>
/// <c>check --fix</c> and <c>check --diff</c> for one file: applies the fixes until none is left (Core's fix-all
/// loop), then writes the file back in its own encoding, BOM and line breaks, or describes the change as a diff.
/// The findings reported are those left after fixing, or the original ones when the file could not be written.
/// Safe to call from several threads at once, like <see cref="FileChecker"/>.
/// </summary>
internal sealed class FileFixer(FileChecker checker, FileOperations files, bool includeUnsafe, bool diffOnly)
{
    private readonly FixAllRunner runner = new(checker.Analyzer);

    public FileOutcome Fix(InputFile file, ReportDocument? previousYear, CancellationToken cancellationToken = default)
    {
        if (ReportFileReader.FormatOf(file.FullPath) != Core.Layout.SourceFormat.Text)
        {
            // A page or Word file is not rewritten in place (a fix writes Markdown): it is checked, and `convert` makes
            // the Markdown draft that fixes apply to.
            var checkedOnly = checker.Check(file, previousYear, cancellationToken);
            return checkedOnly.Report is null ? checkedOnly : checkedOnly with { Fix = new FixOutcome(FixOutcome.NoneApplied, null, null, 0) };
        }

        byte[] bytes;
        DateTime lastWrite;
        try
        {
            lastWrite = FileStamp.LastWrite(file.FullPath);
            bytes = files.Read(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failed(file, "Error_Unreadable", ex);
        }

        try
        {
            var options = checker.Options(file, previousYear);
            if (DocumentDecoder.TryDecode(bytes) is not { } decoded)
            {
                // Not text: nothing can be fixed, and the check says why (OGL9002).
                var (unreadable, _) = checker.Analyzer.AnalyzeBytes(bytes, options, cancellationToken);
                return Outcome(FileChecker.ToReport(file, null, unreadable), FixOutcome.NoneApplied, null, null, 0);
            }

            var run = runner.Run(decoded.Text, options, includeUnsafe, null, cancellationToken);
            var remaining = checker.Report(file, decoded, run.Remaining);
            int unsafeLeft = includeUnsafe ? 0 : run.Remaining.Diagnostics.Count(d => d.Fixes.Any(f => f.Applicability == FixApplicability.Unsafe));
            if (!run.Changed || string.Equals(run.Text, decoded.Text, StringComparison.Ordinal))
            {
                return Outcome(remaining, FixOutcome.NoneApplied, null, null, unsafeLeft);
            }

            if (diffOnly)
            {
                return Outcome(remaining, run.AppliedByRule, UnifiedDiff.Create(decoded.Text, run.Text, file.PortablePath), null, unsafeLeft);
            }

            var stamp = FileStamp.Of(bytes, lastWrite);
            if (SafeFileWriter.Replace(file.FullPath, decoded.Encode(run.Text), stamp, files) is { } failure)
            {
                // The file is as it was, so its findings are the original ones.
                var original = checker.Analyzer.Analyze(new SourceText(decoded.Text), options, cancellationToken);
                return Outcome(checker.Report(file, decoded, original), FixOutcome.NoneApplied, null, failure, 0);
            }

            return Outcome(remaining, run.AppliedByRule, null, null, unsafeLeft);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in a rule or a fix must cost one file, not the whole run.
            return FileOutcome.Failed(file, "Error_CheckFailed", ex);
        }
    }

    private static FileOutcome Outcome(FileReport report, IReadOnlyDictionary<string, int> applied, string? diff, WriteFailure? failure, int unsafeLeft) =>
        FileOutcome.Checked(report) with { Fix = new FixOutcome(applied, diff, failure, unsafeLeft) };

    /// <summary>The one line that says why a file was left alone.</summary>
    public static CliProblem Describe(InputFile file, WriteFailure failure) =>
        failure.Exception is null ? new CliProblem(failure.Key, file.DisplayPath) : new CliProblem(failure.Key, file.DisplayPath, failure.Exception.Message);
}
