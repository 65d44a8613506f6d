using System.Buffers;

namespace OpenGovLint.Core.Text;

/// <summary>
/// A set of characters to find in a line, fast on any x64 processor. SearchValues over more than five characters that
/// are not all ASCII falls back to a scalar loop unless the processor has AVX2 (the NativeAOT CLI is built for a
/// baseline without it), and Chinese text is all non-ASCII. Here the ASCII characters are one vectorised search and the
/// others are searched in groups of at most five, each vectorised too.
/// </summary>
public sealed class CharSet
{
    private const int MaxGroup = 5;

    private readonly SearchValues<char>[] parts;

    public CharSet(string characters)
    {
        var distinct = characters.Distinct().ToArray();
        var ascii = distinct.Where(char.IsAscii).ToArray();
        var others = distinct.Where(c => !char.IsAscii(c)).ToArray();
        var parts = new List<SearchValues<char>>();
        if (ascii.Length > 0)
        {
            parts.Add(SearchValues.Create(ascii));
        }

        parts.AddRange(others.Chunk(MaxGroup).Select(group => SearchValues.Create(group)));
        this.parts = [.. parts];
    }

    /// <summary>The index of the first character of the set in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        int first = -1;
        foreach (var part in parts)
        {
            // Only the text before the best hit so far needs searching.
            int at = (first < 0 ? text : text[..first]).IndexOfAny(part);
            if (at >= 0)
            {
                first = at;
            }
        }

        return first;
    }

    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;
}
