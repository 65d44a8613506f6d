using System.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// Encodes text from a report for HTML content and double-quoted attribute values. Characters XML forbids (C0
/// controls other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF) become U+FFFD: a pasted draft may
/// hold them, and the page stays well-formed XML as well as HTML, so simple tools can read it.
/// </summary>
internal static class HtmlEncoding
{
    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text, attribute: false);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, string text, bool attribute)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\'':
                    sb.Append("&#39;");
                    break;

                // In an attribute a literal line break would be read as a space; a tooltip should keep it.
                case '\n' when attribute:
                    sb.Append("&#10;");
                    break;
                case '\r' when attribute:
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (IsAllowed(c))
                    {
                        sb.Append(c);
                    }
                    else
                    {
                        sb.Append('\uFFFD');
                    }

                    break;
            }
        }
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
}
