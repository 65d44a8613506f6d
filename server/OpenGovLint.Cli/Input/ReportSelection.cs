using OpenGovLint.Core.Configuration;

namespace OpenGovLint.Cli.Input;

/// <summary>
/// The files a walk must check whatever their content (and extension): those matching a <c>--include</c> glob
/// (relative to the current folder) or the <c>opengovlint_files</c> globs of their .editorconfig.
/// </summary>
internal sealed class ReportSelection
{
    private readonly IReadOnlyList<GlobMatcher> includes;
    private readonly string currentDirectory;
    private readonly Func<string, EditorConfigSettings> settingsFor;

    public ReportSelection(IEnumerable<string> includeGlobs, string currentDirectory, Func<string, EditorConfigSettings> settingsFor)
    {
        includes = includeGlobs.Select(g => new GlobMatcher(g)).ToArray();
        this.currentDirectory = currentDirectory;
        this.settingsFor = settingsFor;
    }

    /// <summary>Matches nothing: every walked file is judged by its content.</summary>
    public static ReportSelection None { get; } = new([], ".", _ => new EditorConfigSettings(SeverityConfiguration.Empty, null, null));

    public bool IsForced(string fullPath)
    {
        if (includes.Count > 0)
        {
            string relative = Path.GetRelativePath(currentDirectory, fullPath).Replace('\\', '/');
            if (includes.Any(g => g.IsMatch(relative)))
            {
                return true;
            }
        }

        return settingsFor(fullPath).ReportFiles?.Matches(fullPath) == true;
    }

    /// <summary>A file the walk hands on: a report file extension, or forced.</summary>
    public bool IsCandidate(string fullPath) => FileWalker.HasReportExtension(fullPath) || IsForced(fullPath);
}
