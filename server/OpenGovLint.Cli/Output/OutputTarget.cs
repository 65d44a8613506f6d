using System.Net.Sockets;
using System.Text;
using OpenGovLint.Cli.Arguments;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// Where the results go, and never at the cost of what the path names:
/// <list type="bullet">
/// <item><c>-</c> and <c>/dev/stdout</c> are standard output (<c>/dev/stderr</c> standard error);</item>
/// <item>a character device, a FIFO (<c>--output &gt;(gzip &gt; r.gz)</c>) is opened and written in place, and a Unix
/// socket is connected to and written to: none of them is ever renamed over;</item>
/// <item>a regular file is written atomically: under a temporary name in the same folder, renamed over the target only
/// when complete (a reader never sees half a report; a failed run leaves the previous file), with the old file's
/// permissions and, where the process may set them, its owner and group;</item>
/// <item>a symbolic link is written through: the file at the end of the chain is the one replaced, atomically, and the
/// link stays a link.</item>
/// </list>
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? finalPath;
    private readonly string? temporaryPath;
    private readonly bool ownsWriter;
    private bool committed;

    private OutputTarget(TextWriter writer, bool ownsWriter, string? finalPath = null, string? temporaryPath = null)
    {
        Writer = writer;
        this.ownsWriter = ownsWriter;
        this.finalPath = finalPath;
        this.temporaryPath = temporaryPath;
    }

    public TextWriter Writer { get; }

    public static OutputTarget ToWriter(TextWriter writer) => new(writer, ownsWriter: false);

    /// <summary>Opens the target that <c>--output</c> names.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="fullPath">The path made absolute.</param>
    /// <param name="overwrite">False to refuse a regular file that exists (<c>new</c> never overwrites a report).</param>
    /// <exception cref="OutputRefusedException">The path names something that must not be written.</exception>
    public static OutputTarget Open(string path, string fullPath, TextWriter stdout, TextWriter stderr, bool overwrite = true)
    {
        if (path == "-" || fullPath is "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1")
        {
            return ToWriter(stdout);
        }

        if (fullPath is "/dev/stderr" or "/dev/fd/2" or "/proc/self/fd/2")
        {
            return ToWriter(stderr);
        }

        var status = PathNode.Stat(fullPath);
        switch (status.Kind)
        {
            case NodeKind.RegularFile when !overwrite:
            case NodeKind.Directory when !overwrite:
                throw new OutputRefusedException(new CliProblem("Error_OutputExists", path));
            case NodeKind.Directory:
                throw new OutputRefusedException(new CliProblem("Error_OutputIsFolder", path));
            case NodeKind.BlockDevice:
                // A disk: writing a report over it is never what was meant.
                throw new OutputRefusedException(new CliProblem("Error_OutputIsBlockDevice", path));
            case NodeKind.CharacterDevice or NodeKind.Fifo:
                return InPlace(new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None));
            case NodeKind.Socket:
                return InPlace(ConnectUnixSocket(fullPath));
            case NodeKind.Unknown:
                // Something is there that this platform cannot name: truncating it in place is what a shell
                // redirection would do, and it never turns a device into a file.
                return InPlace(new FileStream(fullPath, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None));
            default:
                return Atomic(FinalTarget(fullPath), status);
        }
    }

    /// <summary>Completes the output: flushes it, and for a regular file moves it over the target.</summary>
    /// <param name="overwrite">False to fail rather than replace a file that appeared meanwhile.</param>
    public void Commit(bool overwrite = true)
    {
        Writer.Flush();
        if (!ownsWriter)
        {
            return;
        }

        Writer.Dispose();
        committed = true;
        if (finalPath is null || temporaryPath is null)
        {
            return;
        }

        try
        {
            File.Move(temporaryPath, finalPath, overwrite);
        }
        catch
        {
            committed = false;
            throw;
        }
    }

    public void Dispose()
    {
        if (!ownsWriter || committed)
        {
            return;
        }

        try
        {
            Writer.Dispose();
        }
        catch (IOException)
        {
            // A reader that went away (a closed pipe) must not hide the error that brought us here.
        }

        if (temporaryPath is null)
        {
            return;
        }

        try
        {
            File.Delete(temporaryPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Leaving a stray temporary file is better than hiding the error that brought us here.
        }
    }

    private static OutputTarget InPlace(Stream stream) => new(new StreamWriter(stream, new UTF8Encoding(false)), ownsWriter: true);

    private static OutputTarget Atomic(string finalPath, NodeStatus replaced)
    {
        string folder = Path.GetDirectoryName(finalPath) ?? ".";
        string temporary = Path.Combine(folder, $".{Path.GetFileName(finalPath)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        try
        {
            KeepModeAndOwner(finalPath, temporary, replaced);
        }
        catch
        {
            stream.Dispose();
            File.Delete(temporary);
            throw;
        }

        return new OutputTarget(new StreamWriter(stream, new UTF8Encoding(false)), ownsWriter: true, finalPath, temporary);
    }

    /// <summary>The file at the end of a chain of links (a link that points nowhere yet: where it points).</summary>
    private static string FinalTarget(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is null)
        {
            return fullPath;
        }

        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? fullPath;
    }

    private static NetworkStream ConnectUnixSocket(string fullPath)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(fullPath));
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new IOException(ex.Message, ex);
        }
    }

    /// <summary>
    /// The replacement gets the replaced file's permission bits, owner and group (the temporary file was created with
    /// the process's), before anything is written to it: a report kept private stays private throughout.
    /// </summary>
    private static void KeepModeAndOwner(string original, string temporary, NodeStatus replaced)
    {
        if (replaced.Kind != NodeKind.RegularFile || OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(temporary, File.GetUnixFileMode(original));
        PathNode.TrySetOwner(temporary, replaced);
    }
}

/// <summary>The output path names something that must not be written (a folder, a disk, an existing report for <c>new</c>).</summary>
internal sealed class OutputRefusedException(CliProblem problem) : IOException(problem.Key)
{
    public CliProblem Problem { get; } = problem;
}
