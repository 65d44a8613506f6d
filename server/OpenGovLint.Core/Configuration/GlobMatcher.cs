using System.Text;
using System.Text.RegularExpressions;

namespace OpenGovLint.Core.Configuration;

/// <summary>
/// An EditorConfig glob: <c>*</c> (not across /), <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>{a,b}</c>, <c>{1..3}</c> is not
/// supported. A glob without "/" matches the file name in any folder below the .editorconfig.
/// </summary>
public sealed class GlobMatcher
{
    private readonly Regex regex;

    public GlobMatcher(string glob)
    {
        string pattern = glob.Replace('\\', '/');
        bool anchored = pattern.Contains('/');
        if (pattern.StartsWith('/'))
        {
            pattern = pattern[1..];
        }

        var sb = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        int braceDepth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    sb.Append(".*");
                    i++;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    int close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        sb.Append(@"\[");
                    }
                    else
                    {
                        string set = pattern[(i + 1)..close];
                        sb.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                        i = close;
                    }

                    break;
                case '{':
                    braceDepth++;
                    sb.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    sb.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    sb.Append('|');
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        sb.Append('$');
        regex = new Regex(sb.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>Matches a path relative to the .editorconfig's folder, with "/" separators.</summary>
    public bool IsMatch(string relativePath) => regex.IsMatch(relativePath.Replace('\\', '/'));
}
