using Microsoft.Extensions.Logging;
using OpenGovLint.Core.Documents;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Server.Features;

/// <summary>
/// The reports in the workspace folders, by file: which body and year each is, read from the title alone and kept
/// until the file changes. The files looked at and which of them are reports are Core's to say
/// (<see cref="ReportFiles"/>, <see cref="ReportRecognizer"/>), as for the CLI's folder walk: a note that names last
/// year's report in a heading is never taken for it. Answers "last year's report of this body" so cross-year rules can compare
/// (<c>AnalysisOptions.PreviousYear</c>); only that report is parsed in full, once, since the lookup runs on every edit.
/// </summary>
public sealed class WorkspaceReportIndex
{
    private const int MaxFiles = 5000;
    private const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly object _gate = new();
    private readonly Dictionary<string, Entry?> _entries = new(StringComparer.Ordinal);
    private readonly ILogger _logger;
    private IReadOnlyList<string> _folders = [];
    private bool _listed;

    public WorkspaceReportIndex(ILogger<WorkspaceReportIndex> logger)
    {
        _logger = logger;
    }

    public void SetFolders(IEnumerable<string> folders)
    {
        lock (_gate)
        {
            _folders = [.. folders];
            _entries.Clear();
            _listed = false;
        }
    }

    /// <summary>A report file was created, changed or deleted: forget what was read from it.</summary>
    public void Invalidate(string path, bool listingChanged)
    {
        lock (_gate)
        {
            if (listingChanged)
            {
                _listed = false;
            }
            else if (_entries.ContainsKey(path))
            {
                _entries[path] = null;
            }
        }
    }

    /// <summary>The parsed report of the same body for the year before <paramref name="current"/>'s.</summary>
    public ReportDocument? FindPreviousYear(ReportDocument current, string? currentPath)
    {
        if (current.Title is not { Agency: { Length: > 0 } agency, Year: { } year })
        {
            return null;
        }

        // Bodies are matched as Core's PreviousYearIndex matches them: by the normalised agency name.
        string agencyKey = TextNormalizer.Key(agency);
        foreach (var path in ListFiles())
        {
            if (path == currentPath)
            {
                continue;
            }

            if (Get(path) is { } entry && entry.Year == year - 1 && entry.AgencyKey == agencyKey)
            {
                return entry.Document ??= Load(path);
            }
        }

        return null;
    }

    private List<string> ListFiles()
    {
        lock (_gate)
        {
            if (!_listed)
            {
                var found = new HashSet<string>(StringComparer.Ordinal);
                foreach (var folder in _folders)
                {
                    Collect(folder, found);
                }

                foreach (var stale in _entries.Keys.Where(k => !found.Contains(k)).ToArray())
                {
                    _entries.Remove(stale);
                }

                foreach (var path in found)
                {
                    _entries.TryAdd(path, null);
                }

                _listed = true;
            }

            return [.. _entries.Keys];
        }
    }

    private void Collect(string folder, HashSet<string> found)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                if (!ReportFiles.HasReportExtension(file) || InSkippedFolder(folder, file))
                {
                    continue;
                }

                found.Add(file);
                if (found.Count >= MaxFiles)
                {
                    _logger.LogWarning("Indexed the first {Count} reports of the workspace only.", MaxFiles);
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug(e, "Could not list {Folder}.", folder);
        }
    }

    private static bool InSkippedFolder(string root, string file)
    {
        string? folder = Path.GetDirectoryName(Path.GetRelativePath(root, file));
        return !string.IsNullOrEmpty(folder) && folder.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(ReportFiles.SkippedFolders.Contains);
    }

    private Entry? Get(string path)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(path, out var cached) && cached is not null && cached.Stamp == Stamp(path))
            {
                return cached.Year > 0 ? cached : null;
            }
        }

        var entry = Read(path);
        lock (_gate)
        {
            _entries[path] = entry;
        }

        return entry is { Year: > 0 } ? entry : null;
    }

    private Entry? Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxFileBytes)
            {
                return null;
            }

            var title = DocumentDecoder.TryDecode(File.ReadAllBytes(path)) is { } decoded && ReportRecognizer.IsReport(decoded.Text)
                ? ReportParser.ReadTitle(decoded.Text)
                : null;
            return title is { Agency: { Length: > 0 } agency, Year: { } year }
                ? new Entry(info.LastWriteTimeUtc, TextNormalizer.Key(agency), year)
                : new Entry(info.LastWriteTimeUtc, string.Empty, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug(e, "Could not read {Path}.", path);
            return null;
        }
    }

    private ReportDocument? Load(string path)
    {
        try
        {
            return DocumentDecoder.TryDecode(File.ReadAllBytes(path)) is { } decoded ? ReportParser.Parse(decoded.Text) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug(e, "Could not read {Path}.", path);
            return null;
        }
    }

    private static DateTime Stamp(string path)
    {
        try
        {
            return File.GetLastWriteTimeUtc(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return default;
        }
    }

    /// <summary>What the title says; the full model of the file is read only when it is someone's last year.</summary>
    private sealed record Entry(DateTime Stamp, string AgencyKey, int Year)
    {
        public ReportDocument? Document { get; set; }
    }
}
