using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Core.Configuration;

/// <summary>
/// Finds the severity settings for a file from the .editorconfig files in its folder and above, as Roslyn does:
/// <c>opengovlint_diagnostic.&lt;id|name|category-x&gt;.severity = none|hint|info|warning|error</c>. Nearer files win, and
/// within a file later sections win; the search stops at a file with <c>root = true</c>. The file system is reached only
/// through the delegate, so the server can serve unsaved and cached files.
/// </summary>
public sealed class EditorConfigResolver
{
    private const string Prefix = "opengovlint_diagnostic.";
    private const string Suffix = ".severity";

    private readonly Func<string, string?> readFile;

    /// <param name="readFile">Returns a file's text, or null when it does not exist or cannot be read.</param>
    public EditorConfigResolver(Func<string, string?> readFile)
    {
        this.readFile = readFile;
    }

    public SeverityConfiguration Resolve(string filePath)
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

            var file = EditorConfigFile.Parse(text);
            chain.Add((dir, file));
            if (file.IsRoot)
            {
                break;
            }
        }

        // Apply the farthest file first so that nearer files override it.
        var pairs = new List<KeyValuePair<string, string>>();
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
                }
            }
        }

        return SeverityConfiguration.FromPairs(pairs);
    }

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
