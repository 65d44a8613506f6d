using System.Xml.Linq;

namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>
/// What a Word file's paragraph styles say about headings and numbering: a style's outline level (its own or the one
/// it is based on), the built-in heading and title styles by name (<c>heading 1</c>, <c>标题 1</c>, <c>Title</c>), and
/// the numbering a style carries.
/// </summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, XElement> styles = new(StringComparer.Ordinal);

    /// <param name="root">The styles part's <c>w:styles</c>; null for a document without one.</param>
    public DocxStyles(XElement? root)
    {
        foreach (var style in root?.Elements(Wml.Style) ?? [])
        {
            if (style.Attribute(Wml.StyleId)?.Value is { } id)
            {
                styles.TryAdd(id, style);
            }
        }
    }

    /// <summary>The outline level (0 = level 1) of a paragraph style, or null when it is body text.</summary>
    public int? OutlineLevel(string? styleId)
    {
        for (int depth = 0; styleId is not null && depth < 10 && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (Wml.IntVal(style.Element(Wml.PPr)?.Element(Wml.OutlineLvl)) is int level && level < 9)
            {
                return level;
            }

            string name = (Wml.Val(style.Element(Wml.Name)) ?? styleId).Trim().ToLowerInvariant();
            if (name is "title" or "标题")
            {
                return 0;
            }

            foreach (string prefix in (string[])["heading ", "标题 ", "heading"])
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(name.AsSpan(prefix.Length), out int n) && n is >= 1 and <= 9)
                {
                    return n - 1;
                }
            }

            styleId = Wml.Val(style.Element(Wml.BasedOn));
        }

        return null;
    }

    /// <summary>The numbering a paragraph style carries (its own or inherited), as (numId, level).</summary>
    public (int NumberingId, int Level)? Numbering(string? styleId)
    {
        for (int depth = 0; styleId is not null && depth < 10 && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (style.Element(Wml.PPr)?.Element(Wml.NumPr) is { } numbering && Wml.IntVal(numbering.Element(Wml.NumId)) is int id)
            {
                return (id, Wml.IntVal(numbering.Element(Wml.Ilvl)) ?? 0);
            }

            styleId = Wml.Val(style.Element(Wml.BasedOn));
        }

        return null;
    }
}
