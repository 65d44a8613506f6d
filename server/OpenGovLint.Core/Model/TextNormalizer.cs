using System.Globalization;
using System.Text;

namespace OpenGovLint.Core.Model;

/// <summary>
/// Comparison keys for labels and titles: NFKC (so the width of digits, brackets and punctuation does not count),
/// then only letters and digits are kept, so whitespace, brackets and punctuation do not count either.
/// </summary>
public static class TextNormalizer
{
    public static string Key(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        string normalized = IsAsciiOrCjkOnly(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>NFKC and no whitespace: digits and brackets become half-width, punctuation stays.</summary>
    public static string Compact(string text)
    {
        string normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsAsciiOrCjkOnly(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF))
            {
                return false;
            }
        }

        return true;
    }
}
