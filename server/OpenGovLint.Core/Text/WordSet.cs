namespace OpenGovLint.Core.Text;

/// <summary>
/// A few short words to look for in a line, found by their first characters (a vectorised search) and then compared
/// in place. For CJK words this is several times faster than SearchValues&lt;string&gt;, whose general matcher looks up
/// every non-ASCII character in a dictionary.
/// </summary>
internal sealed class WordSet
{
    private readonly string[] words;
    private readonly CharSet firstCharacters;

    public WordSet(params string[] words)
    {
        this.words = words;
        firstCharacters = new CharSet(string.Concat(words.Select(w => w[0])));
    }

    /// <summary>True when one of the words occurs in <paramref name="text"/>.</summary>
    public bool FoundIn(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (true)
        {
            int at = firstCharacters.IndexOfAny(text[offset..]);
            if (at < 0)
            {
                return false;
            }

            var rest = text[(offset + at)..];
            foreach (string word in words)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            offset += at + 1;
        }
    }
}
