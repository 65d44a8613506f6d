namespace OpenGovLint.Core.Configuration;

/// <summary>
/// <c>opengovlint_files = reports/**.md, 草稿/*.txt</c>: comma-separated EditorConfig globs of files that are reports
/// whatever their content, relative to the folder of the .editorconfig that sets them (a glob without "/" matches a
/// file name in any folder below it), like the editor setting <c>opengovlint.files</c> is relative to the workspace.
/// </summary>
public sealed class ReportFilePatterns
{
    private readonly IReadOnlyList<GlobMatcher> globs;

    private ReportFilePatterns(string baseDirectory, IReadOnlyList<GlobMatcher> globs)
    {
        BaseDirectory = baseDirectory;
        this.globs = globs;
    }

    /// <summary>The folder the globs are relative to.</summary>
    public string BaseDirectory { get; }

    public static ReportFilePatterns Parse(string baseDirectory, string value) =>
        new(baseDirectory, SplitGlobs(value).Select(g => new GlobMatcher(g)).ToArray());

    /// <summary>Splits at the commas between globs, not at those inside a glob's braces (<c>*.{md,txt}</c>).</summary>
    private static IEnumerable<string> SplitGlobs(string value)
    {
        int depth = 0, start = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ',';
            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            if ((c == ',' && depth == 0) || i == value.Length)
            {
                string glob = value[start..i].Trim();
                if (glob.Length > 0)
                {
                    yield return glob;
                }

                start = i + 1;
            }
        }
    }

    /// <summary>True when the file (a full path) matches one of the globs.</summary>
    public bool Matches(string fullPath)
    {
        string relative = Path.GetRelativePath(BaseDirectory, fullPath).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative) && globs.Any(g => g.IsMatch(relative));
    }
}
