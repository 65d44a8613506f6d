using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Diagnostics;

/// <summary>
/// A fix: text edits computed from the model, never touching text outside their own spans. Edits that are costly to
/// build (a whole table rewritten) may be computed on first use: most findings are read, far fewer are fixed.
/// </summary>
public sealed class CodeFix
{
    private readonly Func<IReadOnlyList<TextEdit>>? computeEdits;
    private IReadOnlyList<TextEdit>? edits;

    public CodeFix(string title, FixApplicability applicability, IReadOnlyList<TextEdit> edits)
    {
        Title = title;
        Applicability = applicability;
        this.edits = edits;
    }

    public CodeFix(string title, FixApplicability applicability, TextEdit edit)
        : this(title, applicability, [edit])
    {
    }

    /// <summary>
    /// A fix whose edits are computed when first asked for. <paramref name="computeEdits"/> must be pure: two threads
    /// asking at once may both run it, and one result is kept.
    /// </summary>
    public CodeFix(string title, FixApplicability applicability, Func<IReadOnlyList<TextEdit>> computeEdits)
    {
        Title = title;
        Applicability = applicability;
        this.computeEdits = computeEdits;
    }

    public string Title { get; }

    public FixApplicability Applicability { get; }

    public IReadOnlyList<TextEdit> Edits => edits ?? LazyInitializer.EnsureInitialized(ref edits, computeEdits!);

    public override string ToString() => $"{Title} ({Applicability}, {Edits.Count} edits)";
}
