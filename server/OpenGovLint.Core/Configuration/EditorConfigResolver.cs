using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Core.Configuration;

/// <summary>
/// Finds the severity settings for a file from the .editorconfig files in its folder and above, as Roslyn does:
/// <c>opengovlint_diagnostic.&lt;id|name|category-x&gt;.severity = none|hint|info|warning|error</c>; with them
/// <c>opengovlint_min_severity</c> (what text output shows) and <c>opengovlint_files</c> (files that are reports whatever
/// their content). Nearer files win, and within a file later sections win; the search stops at a file with <c>root = true</c>. The file system is reached only
/// through the delegate, so the server can serve unsaved and cached files.
/// </summary>
public sealed class EditorConfigResolver
{
    private const string Prefix = "opengovlint_diagnostic.";
    private const string Suffix = ".severity";

    /// <summary>The least severe finding that text, GitHub and HTML output show for the file.</summary>
    public const string MinSeverityKey = "opengovlint_min_severity";

    /// <summary>Globs of files that are reports whatever their content (the twin of the editor setting opengovlint.files).</summary>
    public const string FilesKey = "opengovlint_files";

    private readonly Func<string, string?> readFile;

    // Parsed once per text: a run over thousands of files in one folder reads the same .editorconfig for each. Keyed by
    // the text itself, so a changed file (a new text from the delegate) is parsed anew.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, EditorConfigFile> parsed = new();

    /// <param name="readFile">Returns a file's text, or null when it does not exist or cannot be read.</param>
    public EditorConfigResolver(Func<string, string?> readFile)
    {
        this.readFile = readFile;
    }

    /// <summary>The severities for a file (the language server needs nothing else).</summary>
    public SeverityConfiguration Resolve(string filePath) => ResolveSettings(filePath).Severities;

    /// <summary>
    /// Everything the .editorconfig files say about a file: severities, <c>opengovlint_min_severity</c> and
    /// <c>opengovlint_files</c>.
    /// </summary>
    public EditorConfigSettings ResolveSettings(string filePath)
    {
        string full = Path.GetFullPath(filePath);
        var chain = new List<(string Directory, EditorConfigFile File)>();
        for (string? dir = Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            string? text = readFile(Path.Combine(dir, ".editorconfig"));
            if (text is null)
            {
                continue;
            }

            var file = parsed.GetValue(text, EditorConfigFile.Parse);
            chain.Add((dir, file));
            if (file.IsRoot)
            {
                break;
            }
        }

        // Apply the farthest file first so that nearer files override it.
        var pairs = new List<KeyValuePair<string, string>>();
        DiagnosticSeverity? minSeverity = null;
        ReportFilePatterns? reportFiles = null;
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var (dir, file) = chain[i];
            string relative = Path.GetRelativePath(dir, full).Replace('\\', '/');
            foreach (var section in file.Sections)
            {
                if (!section.Matcher.IsMatch(relative))
                {
                    continue;
                }

                foreach (var (key, value) in section.Properties)
                {
                    if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
                    {
                        pairs.Add(new(key[Prefix.Length..^Suffix.Length], value));
                    }
                    else if (key.Equals(MinSeverityKey, StringComparison.OrdinalIgnoreCase))
                    {
                        // An unknown value leaves the setting as it was, like an unknown severity does.
                        minSeverity = TryParseMinSeverity(value, out var least) ? least : minSeverity;
                    }
                    else if (key.Equals(FilesKey, StringComparison.OrdinalIgnoreCase))
                    {
                        reportFiles = ReportFilePatterns.Parse(dir, value);
                    }
                }
            }
        }

        return new EditorConfigSettings(SeverityConfiguration.FromPairs(pairs), minSeverity, reportFiles);
    }

    /// <summary>hint, info, warning or error: the least severe finding that text output shows.</summary>
    public static bool TryParseMinSeverity(string? text, out DiagnosticSeverity severity) =>
        DiagnosticSeverityNames.TryParse(text, out severity) && severity != DiagnosticSeverity.None;

    /// <summary>True when any rule key in the text is unknown or its value is not a severity (for a clear warning).</summary>
    public static IEnumerable<string> FindInvalidSettings(string editorConfigText)
    {
        foreach (var section in EditorConfigFile.Parse(editorConfigText).Sections)
        {
            foreach (var (key, value) in section.Properties)
            {
                if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string name = key[Prefix.Length..^Suffix.Length];
                if (!SeverityConfiguration.TryParseKey(name, out _, out _) || !DiagnosticSeverityNames.TryParse(value, out _))
                {
                    yield return $"{key} = {value}";
                }
            }
        }
    }
}
