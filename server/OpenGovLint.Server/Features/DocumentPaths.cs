namespace OpenGovLint.Server.Features;

/// <summary>Converts between <c>file:</c> URIs and local paths; other schemes (untitled:) have no path.</summary>
public static class DocumentPaths
{
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return parsed.LocalPath;
    }

    public static string ToUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
