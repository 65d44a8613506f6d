using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Server.Protocol.Types;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Features;

/// <summary>The safe fix-all of a document (Core's converging fix loop) as one LSP edit.</summary>
public static class FixAllEdit
{
    /// <summary>One edit over the part of the text that changes; null when nothing is safely fixable.</summary>
    public static TextEdit? Compute(DocumentAnalysis analysis, ReportAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var original = analysis.Document.Text;
        var result = new FixAllRunner(analyzer).Run(original, analysis.Options, includeUnsafe: false, cancellationToken: cancellationToken);
        return result.Changed ? Minimal(analysis, original, result.Text) : null;
    }

    /// <summary>
    /// Replaces only the span between the common prefix and suffix, so the editor keeps the cursor,
    /// folds and undo history of the untouched text.
    /// </summary>
    private static TextEdit? Minimal(DocumentAnalysis analysis, string original, string updated)
    {
        int prefix = 0;
        int max = Math.Min(original.Length, updated.Length);
        while (prefix < max && original[prefix] == updated[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < max - prefix && original[original.Length - 1 - suffix] == updated[updated.Length - 1 - suffix])
        {
            suffix++;
        }

        // Never split a surrogate pair or a CRLF: an LSP position between them is ambiguous.
        while (prefix > 0 && (char.IsHighSurrogate(original[prefix - 1]) || original[prefix - 1] == '\r'))
        {
            prefix--;
        }

        while (suffix > 0 && (char.IsLowSurrogate(original[original.Length - suffix]) || original[original.Length - suffix] == '\n'))
        {
            suffix--;
        }

        if (prefix == original.Length && prefix == updated.Length)
        {
            return null;
        }

        var start = analysis.Document.GetPosition(prefix);
        var end = analysis.Document.GetPosition(original.Length - suffix);
        return new TextEdit { Range = new Range(start, end), NewText = updated[prefix..(updated.Length - suffix)] };
    }
}
