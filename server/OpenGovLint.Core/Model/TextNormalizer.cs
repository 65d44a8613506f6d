using System.Buffers;
using System.Globalization;
using System.Text;
using OpenGovLint.Core.Text;

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

        string normalized = NeedsNfkc(text) ? Nfkc(text) : text;

        // Keys are taken of every short line and cell of a report: build them without a StringBuilder, and return the
        // text itself when it is already a key (a label without spaces or punctuation, the common case).
        char[]? rented = null;
        Span<char> buffer = normalized.Length <= 256 ? stackalloc char[normalized.Length] : (rented = ArrayPool<char>.Shared.Rent(normalized.Length));
        int length = 0;
        bool changed = false;
        foreach (char c in normalized)
        {
            if (IsIdeograph(c))
            {
                buffer[length++] = c;
            }
            else if (char.IsLetterOrDigit(c))
            {
                char lower = char.ToLowerInvariant(c);
                changed |= lower != c;
                buffer[length++] = lower;
            }
            else
            {
                changed = true;
            }
        }

        string key = changed ? new string(buffer[..length]) : normalized;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return key;
    }

    /// <summary>
    /// Writes <see cref="Key"/> of <paramref name="text"/> into <paramref name="buffer"/> without allocating, when the text
    /// needs no NFKC and fits; false otherwise (then call <see cref="Key"/>).
    /// </summary>
    public static bool TryWriteKey(ReadOnlySpan<char> text, Span<char> buffer, out int length)
    {
        length = 0;
        if (text.Length > buffer.Length || NeedsNfkc(text))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (IsIdeograph(c))
            {
                buffer[length++] = c;
            }
            else if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return true;
    }

    /// <summary>
    /// A CJK unified ideograph of the basic block: a letter with no case, kept in a key as it is. Nearly every character
    /// of a report is one, and this range test spares the Unicode category lookup for each (a test holds it to
    /// char.IsLetterOrDigit and char.ToLowerInvariant over the whole block).
    /// </summary>
    internal static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>
    /// False only when <see cref="Key"/> of <paramref name="text"/> certainly holds none of <paramref name="chars"/>
    /// (CJK characters): a cheap test before building a key that is then compared with a few known ones.
    /// </summary>
    public static bool KeyMayContainAny(string text, CharSet chars) =>
        chars.ContainsAny(text) || NeedsNfkc(text);

    /// <summary>NFKC and no whitespace: digits and brackets become half-width, punctuation stays.</summary>
    public static string Compact(string text)
    {
        string normalized = Nfkc(text);
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

    /// <summary>NFKC that tolerates broken text: unpaired surrogates (which Normalize refuses) become U+FFFD.</summary>
    private static string Nfkc(string text)
    {
        string valid = ReplaceLoneSurrogates(text);
        try
        {
            return valid.IsNormalized(NormalizationForm.FormKC) ? valid : valid.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Noncharacters and other code points ICU refuses: compare such text as it is.
            return valid;
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        if (!HasLoneSurrogate(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    // Only letters and digits survive in a key, so NFKC matters only where it changes one of them (full-width
    // digits and letters, compatibility ideographs, circled numbers…). Most lines need no normalisation at all.
    private static bool NeedsNfkc(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c > 0xFF00)
            {
                return true;
            }
        }

        return false;
    }
}
