using OpenGovLint.Cli.Fixing;
using OpenGovLint.Cli.Input;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Checking;

/// <summary>
/// One checked file, reduced to what the formatters need. The document text is not kept: fix edits are turned into
/// line ranges while the text is at hand, so that checking many files does not hold all of them in memory.
/// </summary>
internal sealed record FileReport(InputFile File, string? Encoding, IReadOnlyList<ReportedDiagnostic> Diagnostics)
{
    /// <summary>The report model, kept only when the output draws the tables (--format html); null otherwise.</summary>
    public ReportDocument? Document { get; init; }
}

/// <summary>A finding and its fixes with edit positions resolved (no fixes when the output does not show them).</summary>
internal sealed record ReportedDiagnostic(Diagnostic Diagnostic, IReadOnlyList<ReportedFix> Fixes)
{
    public DiagnosticDescriptor Descriptor => Diagnostic.Descriptor;

    public DiagnosticSeverity Severity => Diagnostic.Severity;

    public LineRange Range => Diagnostic.Range;

    public string Message => Diagnostic.Message;

    /// <summary>In a Word file, the paragraph or table cell of the finding (a Word file has no lines); null otherwise.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// The finding where the model has it: for a web page or Word file, in the rendered text the model was built from
    /// (<see cref="Diagnostic"/> is then placed in the file itself). Output that draws the model (the reviewers' page)
    /// places findings on cells and quoted lines by this one.
    /// </summary>
    public Diagnostic Placed => ModelDiagnostic ?? Diagnostic;

    public Diagnostic? ModelDiagnostic { get; init; }
}

internal sealed record ReportedFix(string Title, FixApplicability Applicability, IReadOnlyList<ReportedEdit> Edits);

internal sealed record ReportedEdit(LineRange Range, string NewText);

/// <summary>What came of one input file: a report, or the reason it could not be checked.</summary>
internal sealed record FileOutcome(InputFile File, FileReport? Report, string? FailureKey, Exception? Failure)
{
    /// <summary>With --fix or --diff: what fixing the file did or would do.</summary>
    public FixOutcome? Fix { get; init; }

    public static FileOutcome Checked(FileReport report) => new(report.File, report, null, null);

    public static FileOutcome Failed(InputFile file, string key, Exception exception) => new(file, null, key, exception);
}
