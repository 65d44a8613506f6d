using System.Text;
using System.Text.RegularExpressions;

namespace OpenGovLint.Cli.Input;

/// <summary>
/// The rules of one .gitignore file, as git reads them: blank lines and <c>#</c> comments skipped, <c>!</c> re-includes,
/// a trailing <c>/</c> matches folders only, a pattern with a <c>/</c> before its end is anchored to the file's folder and
/// one without matches a name at any depth; <c>*</c>, <c>?</c>, <c>[…]</c> within a name, <c>**</c> across folders.
/// </summary>
internal sealed class GitIgnoreFile
{
    private readonly IReadOnlyList<Rule> rules;

    private GitIgnoreFile(string directory, IReadOnlyList<Rule> rules)
    {
        Directory = directory;
        this.rules = rules;
    }

    /// <summary>The folder the file's patterns are relative to.</summary>
    public string Directory { get; }

    /// <summary>The .gitignore in <paramref name="directory"/>; null when there is none or it has no rules.</summary>
    public static GitIgnoreFile? Load(string directory)
    {
        string path = Path.Combine(directory, ".gitignore");
        string text;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var file = Parse(directory, text);
        return file.rules.Count > 0 ? file : null;
    }

    public static GitIgnoreFile Parse(string directory, string text)
    {
        var rules = new List<Rule>();
        foreach (string raw in text.Split('\n'))
        {
            if (Rule.TryParse(raw.TrimEnd('\r'), out var rule))
            {
                rules.Add(rule);
            }
        }

        return new GitIgnoreFile(directory, rules);
    }

    /// <summary>True: ignored; false: re-included by a <c>!</c> rule; null: no rule of this file speaks of the path.</summary>
    public bool? Match(string fullPath, bool isDirectory)
    {
        string relative = Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || relative is "." or "..")
        {
            return null;
        }

        // The last rule that matches decides.
        for (int i = rules.Count - 1; i >= 0; i--)
        {
            var rule = rules[i];
            if ((!rule.DirectoryOnly || isDirectory) && rule.Pattern.IsMatch(relative))
            {
                return !rule.Negated;
            }
        }

        return null;
    }

    private sealed record Rule(Regex Pattern, bool Negated, bool DirectoryOnly)
    {
        public static bool TryParse(string line, out Rule rule)
        {
            rule = null!;
            string text = TrimUnescapedTrailingSpaces(line);
            if (text.Length == 0 || text[0] == '#')
            {
                return false;
            }

            bool negated = text[0] == '!';
            if (negated || text.StartsWith(@"\!", StringComparison.Ordinal) || text.StartsWith(@"\#", StringComparison.Ordinal))
            {
                text = text[1..];
            }

            bool directoryOnly = text.EndsWith('/');
            text = text.TrimEnd('/');
            if (text.Length == 0)
            {
                return false;
            }

            // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
            bool anchored = text.Contains('/');
            text = text.TrimStart('/');
            rule = new Rule(new Regex((anchored ? "^" : "^(?:.*/)?") + Translate(text) + "$", RegexOptions.CultureInvariant), negated, directoryOnly);
            return true;
        }

        private static string TrimUnescapedTrailingSpaces(string line)
        {
            int end = line.Length;
            while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
            {
                end--;
            }

            return line[..end];
        }

        private static string Translate(string pattern)
        {
            var regex = new StringBuilder();
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    bool slashBefore = i == 0 || pattern[i - 1] == '/';
                    bool slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    if (slashBefore && slashAfter)
                    {
                        // "**/" : any number of folders, none included.
                        regex.Append("(?:.*/)?");
                        i += 2;
                    }
                    else
                    {
                        regex.Append(".*");
                        i++;
                    }
                }
                else if (c == '*')
                {
                    regex.Append("[^/]*");
                }
                else if (c == '?')
                {
                    regex.Append("[^/]");
                }
                else if (c == '[' && pattern.IndexOf(']', i + 1) is > 0 and var close)
                {
                    string set = pattern[(i + 1)..close];
                    regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                }
                else if (c == '\\' && i + 1 < pattern.Length)
                {
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                }
                else
                {
                    regex.Append(Regex.Escape(c.ToString()));
                }
            }

            return regex.ToString();
        }
    }
}

/// <summary>
/// The .gitignore files that apply in a folder: its own and those of the folders above it, up to the root of the git
/// repository it is in. A deeper file overrides a higher one, as in git.
/// </summary>
internal sealed class GitIgnoreStack
{
    private readonly GitIgnoreStack? parent;
    private readonly GitIgnoreFile? file;

    private GitIgnoreStack(GitIgnoreStack? parent, GitIgnoreFile? file)
    {
        this.parent = parent;
        this.file = file;
    }

    public static GitIgnoreStack Empty { get; } = new(null, null);

    /// <summary>The rules in force in <paramref name="folder"/>: those of the enclosing repository's folders down to it.</summary>
    public static GitIgnoreStack For(string folder)
    {
        var folders = new List<string>();
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            folders.Add(dir.FullName);
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                break;
            }

            if (dir.Parent is null)
            {
                // Not inside a repository: only the folder's own .gitignore applies (a copied tree keeps its rules).
                folders.Clear();
                folders.Add(Path.GetFullPath(folder));
                break;
            }
        }

        var stack = Empty;
        for (int i = folders.Count - 1; i >= 0; i--)
        {
            stack = stack.Enter(folders[i]);
        }

        return stack;
    }

    /// <summary>The rules in force in a subfolder: these and the subfolder's own .gitignore.</summary>
    public GitIgnoreStack Enter(string folder) => GitIgnoreFile.Load(folder) is { } loaded ? new GitIgnoreStack(this, loaded) : this;

    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        for (var level = this; level is not null; level = level.parent)
        {
            if (level.file?.Match(fullPath, isDirectory) is { } decided)
            {
                return decided;
            }
        }

        return false;
    }
}
