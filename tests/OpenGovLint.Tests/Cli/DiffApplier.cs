using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// Applies a unified diff of one file to a text, strictly (every context and removed line must match), to show that
/// the diffs the tool prints say exactly what --fix does.
/// </summary>
internal static partial class DiffApplier
{
    public static string Apply(string text, string diff)
    {
        var oldLines = FixFiles.LinesWithBreaks(text);
        var result = new StringBuilder();
        int position = 0;
        var diffLines = FixFiles.LinesWithBreaks(diff);
        Assert.StartsWith("--- a/", diffLines[0], StringComparison.Ordinal);
        Assert.StartsWith("+++ b/", diffLines[1], StringComparison.Ordinal);
        for (int i = 2; i < diffLines.Count; i++)
        {
            var header = HunkHeader().Match(diffLines[i]);
            Assert.True(header.Success, $"hunk header expected: {diffLines[i]}");
            int oldStart = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            int oldCount = header.Groups[2].Success ? int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
            int firstOld = oldCount == 0 ? oldStart : oldStart - 1;
            Assert.True(firstOld >= position, "hunks out of order");
            while (position < firstOld)
            {
                result.Append(oldLines[position++]);
            }

            while (i + 1 < diffLines.Count && !diffLines[i + 1].StartsWith("@@", StringComparison.Ordinal))
            {
                string line = diffLines[++i];
                bool noNewline = i + 1 < diffLines.Count && diffLines[i + 1].StartsWith('\\');
                string body = noNewline ? line[1..].TrimEnd('\n') : line[1..];
                switch (line[0])
                {
                    case ' ':
                        Assert.Equal(oldLines[position++], body);
                        result.Append(body);
                        break;
                    case '-':
                        Assert.Equal(oldLines[position++], body);
                        break;
                    case '+':
                        result.Append(body);
                        break;
                    default:
                        Assert.Fail($"unexpected diff line: {line}");
                        break;
                }

                if (noNewline)
                {
                    i++;
                }
            }
        }

        while (position < oldLines.Count)
        {
            result.Append(oldLines[position++]);
        }

        return result.ToString();
    }

    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$")]
    private static partial Regex HunkHeader();
}
