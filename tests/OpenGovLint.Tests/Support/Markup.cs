using System.Text;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// Roslyn-style markup in fixture files: <c>{|OGL3001:text|}</c> marks the exact span where a diagnostic with that id is
/// expected. <see cref="Parse"/> removes the markers and returns the plain text with the expected (id, span) pairs.
/// </summary>
public static class Markup
{
    public sealed record Expected(string Id, TextSpan Span);

    public static (string Text, IReadOnlyList<Expected> Expected) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<Expected>();
        int i = 0;
        while (i < markup.Length)
        {
            int open = markup.IndexOf("{|", i, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(markup, i, markup.Length - i);
                break;
            }

            int colon = markup.IndexOf(':', open);
            int close = markup.IndexOf("|}", colon + 1, StringComparison.Ordinal);
            if (colon < 0 || close < 0)
            {
                throw new FormatException($"Unclosed marker at {open}.");
            }

            text.Append(markup, i, open - i);
            string id = markup[(open + 2)..colon];
            string inner = markup[(colon + 1)..close];
            expected.Add(new Expected(id, new TextSpan(text.Length, inner.Length)));
            text.Append(inner);
            i = close + 2;
        }

        return (text.ToString(), expected);
    }
}
