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

    /// <summary>
    /// The least severe finding that text, GitHub and HTML output show (<c>--min-severity</c>,
    /// <c>opengovlint_min_severity</c>); JSON and SARIF keep every finding, and the exit code counts every error.
    /// </summary>
    public DiagnosticSeverity MinSeverity { get; init; } = DiagnosticSeverity.Hint;

    /// <summary>Where the standard tables are, to tell which table a finding is in.</summary>
    public IReadOnlyList<TableLines> Tables { get; init; } = [];

    /// <summary>True when the finding is shown by output that honours <see cref="MinSeverity"/>.</summary>
    public bool IsShown(ReportedDiagnostic diagnostic) => diagnostic.Severity >= MinSeverity;

    /// <summary>The findings that output honouring <see cref="MinSeverity"/> shows.</summary>
    public IEnumerable<ReportedDiagnostic> ShownDiagnostics => Diagnostics.Where(IsShown);

    /// <summary>The table a 0-based line is in; null outside the tables.</summary>
    public TableLines? TableAt(int line) => Tables.FirstOrDefault(t => line >= t.StartLine && line <= t.EndLine);
}

/// <summary>The lines (0-based, inclusive) of one standard table.</summary>
internal sealed record TableLines(StandardTable Kind, int StartLine, int EndLine);

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
