using System.Text;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>
/// A stretch of source text in the form labels are compared in (<see cref="TextNormalizer.Key"/>: NFKC, letters and
/// digits only, lower case), with the source offset of every key character. Labels are searched in the key and mapped
/// back to exact source spans, so spaces, bracket widths and punctuation inside run-together text do not count.
/// </summary>
internal sealed class KeyedText
{
    private readonly int[] offsets;

    private KeyedText(string key, int[] offsets)
    {
        Key = key;
        this.offsets = offsets;
    }

    public string Key { get; }

    public int Length => Key.Length;

    public static KeyedText Of(SourceText text, TextSpan span)
    {
        var key = new StringBuilder(span.Length);
        var offsets = new List<int>(span.Length);
        var source = text.AsSpan(span);
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            int at = span.Start + i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF))
            {
                if (char.IsLetterOrDigit(c))
                {
                    key.Append(char.ToLowerInvariant(c));
                    offsets.Add(at);
                }

                continue;
            }

            // Full-width digits and letters, compatibility forms: normalise the one character.
            string normalized;
            try
            {
                normalized = c.ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                normalized = c.ToString();
            }

            foreach (char n in normalized)
            {
                if (char.IsLetterOrDigit(n))
                {
                    key.Append(char.ToLowerInvariant(n));
                    offsets.Add(at);
                }
            }
        }

        return new KeyedText(key.ToString(), [.. offsets]);
    }

    /// <summary>The source offset of key character <paramref name="index"/>.</summary>
    public int SourceOffset(int index) => offsets[index];

    /// <summary>The source span of the key characters [start, end): from the first one's offset to just after the last one.</summary>
    public TextSpan SourceSpan(SourceText text, int start, int end)
    {
        if (end <= start)
        {
            int at = start < offsets.Length ? offsets[start] : (offsets.Length > 0 ? offsets[^1] + 1 : 0);
            return new TextSpan(at, 0);
        }

        int last = offsets[end - 1];
        return TextSpan.FromBounds(offsets[start], last + CharLength(text, last));
    }

    public int IndexOf(string value, int start) => start >= Key.Length ? -1 : Key.IndexOf(value, start, StringComparison.Ordinal);

    private static int CharLength(SourceText text, int offset) =>
        offset + 1 < text.Length && char.IsHighSurrogate(text[offset]) && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;
}
