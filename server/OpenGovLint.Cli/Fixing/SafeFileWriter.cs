namespace OpenGovLint.Cli.Fixing;

/// <summary>Why a fixed file was not written: a resource key (with the display path as its first argument) and the cause.</summary>
internal sealed record WriteFailure(string Key, Exception? Exception);

/// <summary>
/// Replaces a file with its fixed bytes, atomically: the bytes go to a temporary file in the same folder, which is
/// renamed over the original only if the original is still what was read. A reader never sees half a file, and a
/// failure at any step leaves the original as it was.
/// </summary>
internal static class SafeFileWriter
{
    /// <returns>null when the file was replaced; otherwise why it was left alone.</returns>
    public static WriteFailure? Replace(string path, byte[] bytes, FileStamp stamp, FileOperations files)
    {
        // A symbolic link stays a link: the file it points to is the one replaced.
        string target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

        // The rename would succeed over a read-only file (it needs only the folder to be writable): the read-only mark
        // says "do not change this", so it is honoured explicitly.
        if ((File.GetAttributes(target) & FileAttributes.ReadOnly) != 0)
        {
            return new WriteFailure("Error_ReadOnly", null);
        }

        string temporary = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            files.WriteNew(temporary, bytes);
            KeepPermissions(target, temporary);
            files.BeforeReplace?.Invoke(target);

            // There is still a moment between this check and the rename; it is as short as it can be made portably.
            if (!stamp.Matches(target, files.Read))
            {
                Delete(temporary);
                return new WriteFailure("Error_ChangedSinceRead", null);
            }

            File.Move(temporary, target, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Delete(temporary);
            return new WriteFailure("Error_WriteFailed", ex);
        }
    }

    /// <summary>The new file gets the original's permission bits (the temporary file was created with the defaults).</summary>
    private static void KeepPermissions(string original, string temporary)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(original));
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is better than hiding the reason the write failed.
        }
    }
}
