using System.Text.RegularExpressions;

namespace OpenGovLint.Core.Model;

/// <summary>Splits a label or heading into its ordinal (一、 （一） 1.) and the text after it.</summary>
public static partial class LabelParts
{
    public enum OrdinalStyle
    {
        None,

        /// <summary><c>一、</c>: a top-level part or a table-3 top row.</summary>
        Chinese,

        /// <summary><c>（一）</c>: a sub-item.</summary>
        ChineseBracketed,

        /// <summary><c>1.</c> or <c>1、</c>.</summary>
        Arabic,
    }

    public static string StripOrdinal(string text)
    {
        var match = OrdinalPattern().Match(text);
        return match.Success ? text[match.Length..] : text;
    }

    /// <summary>The ordinal's style, value and length (in characters, with the separator and following spaces).</summary>
    public static (OrdinalStyle Style, int Value, int Length) ReadOrdinal(string text)
    {
        var match = OrdinalPattern().Match(text);
        if (!match.Success)
        {
            return (OrdinalStyle.None, 0, 0);
        }

        if (match.Groups["cn"].Success)
        {
            return (OrdinalStyle.Chinese, Ordinals.Parse(match.Groups["cn"].ValueSpan), match.Length);
        }

        if (match.Groups["bcn"].Success)
        {
            return (OrdinalStyle.ChineseBracketed, Ordinals.Parse(match.Groups["bcn"].ValueSpan), match.Length);
        }

        return (OrdinalStyle.Arabic, Digits.Parse(match.Groups["ar"].ValueSpan), match.Length);
    }

    [GeneratedRegex(@"^\s*(?:(?<cn>[一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*(?<bcn>[一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?|(?<ar>[0-9]{1,2})\s*(?:[.．、]|[)）])(?![0-9]))\s*")]
    private static partial Regex OrdinalPattern();
}
