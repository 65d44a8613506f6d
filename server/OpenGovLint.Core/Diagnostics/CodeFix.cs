using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Diagnostics;

/// <summary>A fix: text edits computed from the model, never touching text outside their own spans.</summary>
public sealed record CodeFix(string Title, FixApplicability Applicability, IReadOnlyList<TextEdit> Edits)
{
    public CodeFix(string title, FixApplicability applicability, TextEdit edit)
        : this(title, applicability, [edit])
    {
    }
}
