namespace OpenGovLint.Cli.Input;

/// <summary>
/// Expands a glob such as <c>reports/**/*.md</c>: <c>*</c> and <c>?</c> within a path segment, <c>**</c> for any number
/// of folders. Shells expand unquoted globs themselves; this handles quoted ones and shells that do not (cmd.exe).
/// </summary>
internal static class GlobExpander
{
    public static IEnumerable<string> Expand(string pattern, string currentDirectory, FileWalker? walker = null)
    {
        walker ??= new FileWalker();
        string normalized = pattern.Replace('\\', '/');
        string[] segments = normalized.Split('/');

        // The leading segments without wildcards name the folder where the walk starts.
        int literal = 0;
        while (literal < segments.Length - 1 && !WildcardPattern.HasWildcards(segments[literal]))
        {
            literal++;
        }

        string prefix = string.Join('/', segments.Take(literal));
        string root = literal == 0 ? currentDirectory : Path.GetFullPath(prefix.Length == 0 ? "/" : prefix, currentDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        Walk(walker, root, segments.Skip(literal).ToArray(), 0, found);
        return found;
    }

    private static void Walk(FileWalker walker, string folder, string[] segments, int index, ISet<string> found)
    {
        string segment = segments[index];
        bool last = index == segments.Length - 1;
        if (segment == "**")
        {
            if (last)
            {
                // A trailing ** means every file below.
                found.UnionWith(walker.AllFiles(folder));
                return;
            }

            // ** stands for zero folders here, or for one more folder and then ** again.
            Walk(walker, folder, segments, index + 1, found);
            foreach (string sub in walker.Folders(folder))
            {
                Walk(walker, sub, segments, index, found);
            }

            return;
        }

        if (last)
        {
            foreach (string file in walker.Files(folder))
            {
                if (WildcardPattern.IsMatch(segment, Path.GetFileName(file)))
                {
                    found.Add(file);
                }
            }

            return;
        }

        // A wildcard does not lead into node_modules, .git, bin, obj or a folder a .gitignore excludes; a segment that
        // names one literally does.
        var folders = WildcardPattern.HasWildcards(segment) ? walker.Folders(folder) : FileWalker.NamedFolders(folder);
        foreach (string sub in folders)
        {
            if (WildcardPattern.IsMatch(segment, Path.GetFileName(sub)))
            {
                Walk(walker, sub, segments, index + 1, found);
            }
        }
    }
}
