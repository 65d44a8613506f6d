namespace OpenGovLint.Core.Documents;

/// <summary>
/// Which files a walk looks at, in the one place every walker reads it from (the CLI's folder and glob walk, the
/// language server's workspace index): the report file extensions, and the folders that never hold reports. Whether a
/// file found is a report is then <see cref="ReportRecognizer"/>'s to say; a file named explicitly is checked whatever
/// its extension.
/// </summary>
public static class ReportFiles
{
    /// <summary>The extensions of the files a walk reads: drafts and pasted text, published pages, Word files.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".md", ".txt", ".html", ".htm", ".shtml", ".docx"];

    /// <summary>Folders that hold tools, dependencies or build output, never reports.</summary>
    public static IReadOnlySet<string> SkippedFolders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", ".git", "bin", "obj",
    };

    public static bool HasReportExtension(string path)
    {
        foreach (string extension in Extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
