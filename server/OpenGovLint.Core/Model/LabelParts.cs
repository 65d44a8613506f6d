using System.Buffers;
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
        int length = OrdinalLength(text);
        return length > 0 ? text[length..] : text;
    }

    /// <summary>The ordinal's style, value and length (in characters, with the separator and following spaces).</summary>
    public static (OrdinalStyle Style, int Value, int Length) ReadOrdinal(string text)
    {
        int length = OrdinalLength(text);
        if (length == 0)
        {
            return (OrdinalStyle.None, 0, 0);
        }

        // The pattern matched: its first character that is not a space tells the branch, and the run of numerals or
        // digits from there (the pattern allows no other character inside it) is the ordinal's value.
        var span = text.AsSpan(0, length);
        int start = span.IndexOfAny(OrdinalStarts);
        if (span[start] is '（' or '(')
        {
            start += span[start..].IndexOfAny(ChineseNumerals);
            return (OrdinalStyle.ChineseBracketed, Ordinals.Parse(RunOf(span, start, ChineseNumerals)), length);
        }

        return char.IsAsciiDigit(span[start])
            ? (OrdinalStyle.Arabic, Digits.Parse(RunOf(span, start, AsciiDigits)), length)
            : (OrdinalStyle.Chinese, Ordinals.Parse(RunOf(span, start, ChineseNumerals)), length);
    }

    private static readonly SearchValues<char> ChineseNumerals = SearchValues.Create("一二三四五六七八九十");

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> OrdinalStarts = SearchValues.Create("一二三四五六七八九十（(0123456789");

    private static ReadOnlySpan<char> RunOf(ReadOnlySpan<char> span, int start, SearchValues<char> characters)
    {
        int length = span[start..].IndexOfAnyExcept(characters);
        return length < 0 ? span[start..] : span.Slice(start, length);
    }

    /// <summary>
    /// The length of the ordinal the text opens with, 0 when there is none. Every label and heading passes here:
    /// a text whose first character after its spaces cannot open an ordinal is decided without the pattern, and the
    /// pattern is run without allocating a match.
    /// </summary>
    private static int OrdinalLength(string text)
    {
        // char.IsWhiteSpace accepts every character the pattern's \s does, so no text the pattern matches is passed over.
        int first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first == text.Length || !OrdinalStarts.Contains(text[first]))
        {
            return 0;
        }

        foreach (var match in OrdinalPattern().EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    [GeneratedRegex(@"^\s*(?:(?<cn>[一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*(?<bcn>[一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?|(?<ar>[0-9]{1,2})\s*(?:[.．、]|[)）])(?![0-9]))\s*")]
    private static partial Regex OrdinalPattern();
}
