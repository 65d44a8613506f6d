using System.Collections.Concurrent;
using OpenGovLint.Core.Configuration;

namespace OpenGovLint.Server.Features;

/// <summary>
/// The severities the workspace's <c>.editorconfig</c> files give a document. File contents are
/// cached (an analysis per keystroke must not touch the disk) and dropped when the client reports
/// that an <c>.editorconfig</c> changed.
/// </summary>
public sealed class EditorConfigProvider
{
    private readonly ConcurrentDictionary<string, string?> _files = new(StringComparer.Ordinal);
    private readonly EditorConfigResolver _resolver;

    public EditorConfigProvider()
    {
        _resolver = new EditorConfigResolver(path => _files.GetOrAdd(path, ReadFile));
    }

    public SeverityConfiguration Resolve(string uri) =>
        DocumentPaths.ToPath(uri) is { } path ? _resolver.Resolve(path) : SeverityConfiguration.Empty;

    public void Clear() => _files.Clear();

    private static string? ReadFile(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
