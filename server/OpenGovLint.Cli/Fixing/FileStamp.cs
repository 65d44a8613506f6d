using System.Security.Cryptography;

namespace OpenGovLint.Cli.Fixing;

/// <summary>
/// What a file was when it was read: its length, its last-write time and a hash of the bytes read. Compared right
/// before the fixed file replaces it, so that an edit saved in the meantime (an editor, another run) is not lost.
/// </summary>
internal sealed record FileStamp(long Length, DateTime LastWriteUtc, byte[] Hash)
{
    /// <summary>The last-write time, taken before the read so that an edit during the read counts as a change.</summary>
    public static DateTime LastWrite(string path) => File.GetLastWriteTimeUtc(path);

    public static FileStamp Of(byte[] bytesRead, DateTime lastWriteBeforeRead) => new(bytesRead.Length, lastWriteBeforeRead, SHA256.HashData(bytesRead));

    /// <summary>Whether the file is still as it was read; the time and length are checked first, the bytes last.</summary>
    public bool Matches(string path, Func<string, byte[]> read)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != Length || info.LastWriteTimeUtc != LastWriteUtc)
        {
            return false;
        }

        return SHA256.HashData(read(path)).AsSpan().SequenceEqual(Hash);
    }
}
