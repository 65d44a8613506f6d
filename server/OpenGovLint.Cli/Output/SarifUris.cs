namespace OpenGovLint.Cli.Output;

/// <summary>File URIs for SARIF: relative ones with forward slashes and percent-escaped segments, or absolute file URIs.</summary>
internal static class SarifUris
{
    /// <summary>The folder as an absolute file URI ending in '/', as originalUriBaseIds requires.</summary>
    public static string FolderUri(string folder)
    {
        string uri = FileUri(Path.GetFullPath(folder));
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    public static string FileUri(string fullPath) => new Uri(fullPath).AbsoluteUri;

    /// <summary>The path relative to <paramref name="baseFolder"/> as a URI reference, or null when it is not below it.</summary>
    public static string? RelativeUri(string baseFolder, string fullPath)
    {
        string relative = Path.GetRelativePath(baseFolder, fullPath);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        return string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }
}
