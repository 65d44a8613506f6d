using OpenGovLint.Core.Documents;

namespace OpenGovLint.Cli.Input;

/// <summary>
/// Lists folders and files the way a report checker wants, as ruff and markdownlint-cli2 do: no tool or dependency
/// folders, nothing a .gitignore excludes, no link loops. Which of the files listed are reports is decided from their
/// content later (<see cref="ReportRecognizer"/>); the report file extensions and the skipped folders are Core's
/// (<see cref="ReportFiles"/>), shared with the language server's workspace index.
/// </summary>
internal sealed class FileWalker
{
    // Hidden entries are listed (a folder such as .reports is still a folder); linked folders are not followed,
    // so that a link to a parent cannot make the walk endless.
    private static readonly EnumerationOptions FolderOptions = new()
    {
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    private static readonly EnumerationOptions FileOptions = new()
    {
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
    };

    // One walk may pass the same folder more than once (a folder and a glob below it): its rules are read once.
    private readonly Dictionary<string, GitIgnoreStack> ignoreRules = new(StringComparer.Ordinal);

    public static bool HasReportExtension(string path) => ReportFiles.HasReportExtension(path);

    /// <summary>The files directly in <paramref name="folder"/> that no .gitignore excludes.</summary>
    public IEnumerable<string> Files(string folder)
    {
        var rules = RulesIn(folder);
        return Directory.EnumerateFiles(folder, "*", FileOptions).Where(f => !rules.IsIgnored(f, isDirectory: false));
    }

    /// <summary>The subfolders to walk into: not <see cref="ReportFiles.SkippedFolders"/>, not excluded by a .gitignore.</summary>
    public IEnumerable<string> Folders(string folder)
    {
        var rules = RulesIn(folder);
        return Directory.EnumerateDirectories(folder, "*", FolderOptions)
            .Where(d => !ReportFiles.SkippedFolders.Contains(Path.GetFileName(d)) && !rules.IsIgnored(d, isDirectory: true));
    }

    /// <summary>All subfolders, skipped and ignored ones included: a glob segment may name one explicitly.</summary>
    public static IEnumerable<string> NamedFolders(string folder) => Directory.EnumerateDirectories(folder, "*", FolderOptions);

    /// <summary>Every file below <paramref name="folder"/> that the walk does not skip.</summary>
    public IEnumerable<string> AllFiles(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            foreach (string file in Files(current))
            {
                yield return file;
            }

            foreach (string sub in Folders(current))
            {
                pending.Push(sub);
            }
        }
    }

    /// <summary>True when the folder has no entries at all (to tell "empty" from "no reports").</summary>
    public static bool IsEmpty(string folder) => !Directory.EnumerateFileSystemEntries(folder, "*", FileOptions).Any();

    /// <summary>The .gitignore rules in force in a folder: its parent's plus its own (the walk's start: the repository's).</summary>
    private GitIgnoreStack RulesIn(string folder)
    {
        string key = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (ignoreRules.TryGetValue(key, out var rules))
        {
            return rules;
        }

        string? parent = Path.GetDirectoryName(key);
        rules = parent is not null && ignoreRules.TryGetValue(parent, out var above) ? above.Enter(key) : GitIgnoreStack.For(key);
        ignoreRules[key] = rules;
        return rules;
    }
}
