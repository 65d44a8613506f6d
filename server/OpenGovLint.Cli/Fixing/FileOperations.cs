namespace OpenGovLint.Cli.Fixing;

/// <summary>
/// The file-system calls that reading and fixing go through. The defaults use the file system; tests replace them to
/// simulate what cannot be arranged for real when running as root (a file that cannot be written) or what cannot be
/// timed (a file edited by someone else between the read and the write).
/// </summary>
internal sealed class FileOperations
{
    public static FileOperations FileSystem { get; } = new();

    /// <summary>Reads a file's bytes.</summary>
    public Func<string, byte[]> Read { get; init; } = File.ReadAllBytes;

    /// <summary>Writes a new file (the temporary file beside the one being fixed) and flushes it to disk.</summary>
    public Action<string, byte[]> WriteNew { get; init; } = WriteNewFile;

    /// <summary>Runs after the fixed text is written to the temporary file, before the original is compared and replaced.</summary>
    public Action<string>? BeforeReplace { get; init; }

    private static void WriteNewFile(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);

        // The rename that follows must not publish a file whose content is still only in the page cache.
        stream.Flush(flushToDisk: true);
    }
}
