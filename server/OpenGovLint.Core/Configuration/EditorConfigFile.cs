namespace OpenGovLint.Core.Configuration;

/// <summary>One parsed .editorconfig file: its <c>root</c> flag and its sections (glob → properties), in order.</summary>
public sealed class EditorConfigFile
{
    private EditorConfigFile(bool isRoot, IReadOnlyList<EditorConfigSection> sections)
    {
        IsRoot = isRoot;
        Sections = sections;
    }

    public bool IsRoot { get; }

    public IReadOnlyList<EditorConfigSection> Sections { get; }

    public static EditorConfigFile Parse(string text)
    {
        bool root = false;
        var sections = new List<EditorConfigSection>();
        EditorConfigSection? current = null;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = new EditorConfigSection(line[1..^1]);
                sections.Add(current);
                continue;
            }

            int eq = line.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            string key = line[..eq].Trim().ToLowerInvariant();
            string value = StripComment(line[(eq + 1)..]).Trim();
            if (current is null)
            {
                root |= key == "root" && value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                current.Properties[key] = value;
            }
        }

        return new EditorConfigFile(root, sections);
    }

    private static string StripComment(string value)
    {
        int hash = value.IndexOfAny(['#', ';']);
        return hash >= 0 && hash > 0 && char.IsWhiteSpace(value[hash - 1]) ? value[..hash] : value;
    }
}

/// <summary>A <c>[glob]</c> section and its properties.</summary>
public sealed class EditorConfigSection
{
    public EditorConfigSection(string glob)
    {
        Glob = glob;
        Matcher = new GlobMatcher(glob);
    }

    public string Glob { get; }

    public GlobMatcher Matcher { get; }

    public Dictionary<string, string> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);
}
