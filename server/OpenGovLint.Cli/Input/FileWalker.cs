namespace OpenGovLint.Cli.Input;

/// <summary>Lists folders and files the way a report checker wants: no tool or dependency folders, no link loops.</summary>
internal static class FileWalker
{
    /// <summary>Folders that hold tools, dependencies or build output, never reports.</summary>
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", ".git", "bin", "obj",
    };

    public static readonly IReadOnlyList<string> ReportExtensions = [".md", ".txt"];

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

    public static bool IsReport(string path) =>
        ReportExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", FileOptions);

    public static IEnumerable<string> Folders(string folder) =>
        Directory.EnumerateDirectories(folder, "*", FolderOptions).Where(d => !SkippedFolders.Contains(Path.GetFileName(d)));

    /// <summary>All subfolders, skipped ones included: a glob segment may name one explicitly.</summary>
    public static IEnumerable<string> NamedFolders(string folder) => Directory.EnumerateDirectories(folder, "*", FolderOptions);

    /// <summary>Every file below <paramref name="folder"/>, skipping <see cref="SkippedFolders"/>.</summary>
    public static IEnumerable<string> AllFiles(string folder)
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
}
