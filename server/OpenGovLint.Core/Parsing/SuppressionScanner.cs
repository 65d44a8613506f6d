using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>Reads the in-document suppression comments.</summary>
internal static partial class SuppressionScanner
{
    public static IReadOnlyList<Suppression> Scan(SourceText text)
    {
        if (!text.Text.Contains("opengovlint-", StringComparison.Ordinal))
        {
            return [];
        }

        var list = new List<Suppression>();
        foreach (Match match in Comment().Matches(text.Text))
        {
            var kind = match.Groups["kind"].Value switch
            {
                "disable-next-line" => SuppressionKind.DisableNextLine,
                "disable" => SuppressionKind.Disable,
                _ => SuppressionKind.Enable,
            };
            var ids = match.Groups["ids"].Value
                .Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(id => id.ToUpperInvariant())
                .ToArray();
            var span = new TextSpan(match.Index, match.Length);
            list.Add(new Suppression(kind, ids, span, text.GetLineFromPosition(match.Index)));
        }

        return list;
    }

    [GeneratedRegex(@"<!--\s*opengovlint-(?<kind>disable-next-line|disable|enable)(?<ids>(?:[\s,]+[A-Za-z]+[0-9]+)*)\s*-->")]
    private static partial Regex Comment();
}
