using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenGovLint.Tests.Support;

/// <summary>How renderings write figures and labels.</summary>
internal static partial class Figures
{
    /// <summary>A figure as a report writes it: no thousands separator, no trailing zeros (<c>4068.208</c>, <c>0</c>).</summary>
    public static string Format(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    /// <summary>A label with half-width ordinal brackets and a space, as some tables write it: <c>(一) 予以公开</c>, <c>1. 属于国家秘密</c>.</summary>
    public static string HalfWidth(string label) => ItemRegex().Replace(GroupRegex().Replace(label, "($1) "), "$1. ");

    [GeneratedRegex("^（([一二三四五六七八九十]+)）")]
    private static partial Regex GroupRegex();

    [GeneratedRegex(@"^([0-9]+)\.")]
    private static partial Regex ItemRegex();
}
