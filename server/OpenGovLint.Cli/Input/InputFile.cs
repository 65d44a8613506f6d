namespace OpenGovLint.Cli.Input;

/// <summary>A file to check: where it is, and how it is shown (relative to the current folder when below it).</summary>
internal sealed record InputFile(string FullPath, string DisplayPath)
{
    /// <summary>
    /// Checked whatever its content: named on the command line, or matched by <c>--include</c> or
    /// <c>opengovlint_files</c>. A file found by walking a folder or a glob is otherwise checked only if it is a report.
    /// </summary>
    public bool AlwaysChecked { get; init; }

    /// <summary>The display path with forward slashes, for formats read by programs on any system.</summary>
    public string PortablePath => DisplayPath.Replace('\\', '/');

    public static InputFile From(string fullPath, string currentDirectory) => new(fullPath, Display(fullPath, currentDirectory));

    private static string Display(string fullPath, string currentDirectory)
    {
        string relative = Path.GetRelativePath(currentDirectory, fullPath);
        bool below = !Path.IsPathRooted(relative) && relative != ".." &&
            !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
            !relative.StartsWith("../", StringComparison.Ordinal);
        return below ? relative : fullPath;
    }
}
