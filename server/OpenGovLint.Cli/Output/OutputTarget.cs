using System.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// Where the results go: standard output, or a file written atomically. The file is written under a temporary name in
/// the same folder and renamed over the target only when complete, so a reader (a CI upload step, an editor watching the
/// file) never sees half a report, and a failed run leaves the previous file in place.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? finalPath;
    private readonly string? temporaryPath;
    private bool committed;

    private OutputTarget(TextWriter writer, string? finalPath, string? temporaryPath)
    {
        Writer = writer;
        this.finalPath = finalPath;
        this.temporaryPath = temporaryPath;
    }

    public TextWriter Writer { get; }

    public bool IsFile => finalPath is not null;

    public static OutputTarget ToWriter(TextWriter writer) => new(writer, null, null);

    public static OutputTarget ToFile(string fullPath)
    {
        string folder = Path.GetDirectoryName(fullPath) ?? ".";
        string temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        return new OutputTarget(new StreamWriter(stream, new UTF8Encoding(false)), fullPath, temporary);
    }

    /// <summary>Completes the output: for a file, closes it and moves it over the target.</summary>
    /// <param name="overwrite">False to fail rather than replace a file that exists by now.</param>
    public void Commit(bool overwrite = true)
    {
        Writer.Flush();
        if (finalPath is null || temporaryPath is null)
        {
            return;
        }

        Writer.Dispose();
        File.Move(temporaryPath, finalPath, overwrite);
        committed = true;
    }

    public void Dispose()
    {
        if (finalPath is null || committed)
        {
            return;
        }

        Writer.Dispose();
        try
        {
            File.Delete(temporaryPath!);
        }
        catch (IOException)
        {
            // Leaving a stray temporary file is better than hiding the error that brought us here.
        }
    }
}
