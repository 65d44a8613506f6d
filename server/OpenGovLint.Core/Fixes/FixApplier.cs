using System.Text;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Fixes;

/// <summary>Applies non-overlapping text edits to a text; every character outside the edits' spans is kept as it was.</summary>
public static class FixApplier
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var sb = new StringBuilder(text.Length + 64);
        int position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                throw new ArgumentException($"Edit {edit.Span} overlaps another edit or lies outside the text.", nameof(edits));
            }

            sb.Append(text, position, edit.Span.Start - position);
            sb.Append(edit.NewText);
            position = edit.Span.End;
        }

        sb.Append(text, position, text.Length - position);
        return sb.ToString();
    }

    /// <summary>True when two edits cannot be applied in one pass (overlap, or two insertions at one point).</summary>
    public static bool Conflict(TextEdit a, TextEdit b)
    {
        if (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty))
        {
            return true;
        }

        return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End;
    }
}
