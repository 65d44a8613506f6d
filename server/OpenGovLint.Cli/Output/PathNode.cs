using System.Runtime.InteropServices;

namespace OpenGovLint.Cli.Output;

/// <summary>What a path names once symbolic links are followed.</summary>
internal enum NodeKind
{
    Missing,
    RegularFile,
    Directory,
    CharacterDevice,
    BlockDevice,
    Fifo,
    Socket,

    /// <summary>Something exists there, but this platform cannot tell what (it is then never renamed over).</summary>
    Unknown,
}

/// <summary>The kind of a path and, on Unix, its owner and group (-1 when not known).</summary>
internal readonly record struct NodeStatus(NodeKind Kind, long Owner = -1, long Group = -1);

/// <summary>
/// Asks the system what a path is. .NET reports devices, pipes and sockets as ordinary files
/// (<see cref="FileAttributes.Normal"/>), and renaming a finished output over one of them destroys it: /dev/null
/// becomes a regular file, a pipe's reader gets nothing. So the file type comes from stat(2), read at the offsets the
/// C library's <c>struct stat</c> has on each platform the tool is built for.
/// </summary>
internal static partial class PathNode
{
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;

    // The S_IFMT bits of st_mode; the same values on Linux and macOS.
    private const uint TypeMask = 0xF000;
    private const uint FifoBits = 0x1000;
    private const uint CharacterDeviceBits = 0x2000;
    private const uint DirectoryBits = 0x4000;
    private const uint BlockDeviceBits = 0x6000;
    private const uint RegularFileBits = 0x8000;
    private const uint SocketBits = 0xC000;

    /// <summary>Follows links, as open(2) does: a link to /dev/null is a character device.</summary>
    public static NodeStatus Stat(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return StatWindows(path);
        }

        if (Layout.Current is not { } layout)
        {
            return File.Exists(path) || Directory.Exists(path) ? new NodeStatus(NodeKind.Unknown) : new NodeStatus(NodeKind.Missing);
        }

        byte[] buffer = new byte[512];
        int result = CallStat(path, buffer, out int errno);
        if (result != 0)
        {
            return errno is ENOENT or ENOTDIR ? new NodeStatus(NodeKind.Missing) : new NodeStatus(NodeKind.Unknown);
        }

        uint mode = layout.ModeIsShort ? BitConverter.ToUInt16(buffer, layout.ModeOffset) : BitConverter.ToUInt32(buffer, layout.ModeOffset);
        var kind = (mode & TypeMask) switch
        {
            RegularFileBits => NodeKind.RegularFile,
            DirectoryBits => NodeKind.Directory,
            CharacterDeviceBits => NodeKind.CharacterDevice,
            BlockDeviceBits => NodeKind.BlockDevice,
            FifoBits => NodeKind.Fifo,
            SocketBits => NodeKind.Socket,
            _ => NodeKind.Unknown,
        };
        return new NodeStatus(kind, BitConverter.ToUInt32(buffer, layout.OwnerOffset), BitConverter.ToUInt32(buffer, layout.OwnerOffset + 4));
    }

    /// <summary>Gives <paramref name="path"/> the owner and group of the file it replaces; false where not allowed.</summary>
    public static bool TrySetOwner(string path, NodeStatus original)
    {
        if (OperatingSystem.IsWindows() || original.Owner < 0 || original.Group < 0)
        {
            return false;
        }

        try
        {
            // Only root may give a file away; anyone may set a group they belong to. Try both, then the group alone.
            return Chown(path, (uint)original.Owner, (uint)original.Group) == 0 || Chown(path, uint.MaxValue, (uint)original.Group) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static NodeStatus StatWindows(string path)
    {
        // NUL, CON, COM1…, and \\.\ paths (named pipes, devices) are not files to be replaced.
        string name = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
        if (path.StartsWith(@"\\.\", StringComparison.Ordinal) || name is "NUL" or "CON" or "PRN" or "AUX" || (name.Length == 4 && (name.StartsWith("COM", StringComparison.Ordinal) || name.StartsWith("LPT", StringComparison.Ordinal)) && char.IsAsciiDigit(name[3])))
        {
            return new NodeStatus(NodeKind.CharacterDevice);
        }

        return File.Exists(path) ? new NodeStatus(NodeKind.RegularFile) : Directory.Exists(path) ? new NodeStatus(NodeKind.Directory) : new NodeStatus(NodeKind.Missing);
    }

    private static int CallStat(string path, byte[] buffer, out int errno)
    {
        int result;
        try
        {
            result = OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.X64 ? StatInode64(path, buffer) : StatLibc(path, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // glibc before 2.33 exports stat only as __xstat, with the structure's version first.
            result = XStat(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 1 : 0, path, buffer);
        }

        errno = result == 0 ? 0 : Marshal.GetLastPInvokeError();
        return result;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatLibc(string path, byte[] buffer);

    [LibraryImport("libc", EntryPoint = "stat$INODE64", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatInode64(string path, byte[] buffer);

    [LibraryImport("libc", EntryPoint = "__xstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int XStat(int version, string path, byte[] buffer);

    [LibraryImport("libc", EntryPoint = "chown", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Chown(string path, uint owner, uint group);

    /// <summary>Where st_mode and st_uid (st_gid follows it) sit in <c>struct stat</c>.</summary>
    private sealed record Layout(int ModeOffset, bool ModeIsShort, int OwnerOffset)
    {
        public static Layout? Current { get; } = Find();

        private static Layout? Find()
        {
            var architecture = RuntimeInformation.ProcessArchitecture;
            if (OperatingSystem.IsLinux())
            {
                // x86_64: dev, ino, nlink (8 bytes each), then mode, uid, gid. The generic layout (arm64 and the newer
                // ports): dev, ino (8 each), mode, nlink, uid, gid (4 each).
                return architecture switch
                {
                    Architecture.X64 => new Layout(24, false, 28),
                    Architecture.Arm64 or Architecture.LoongArch64 or Architecture.RiscV64 => new Layout(16, false, 24),
                    _ => null,
                };
            }

            if (OperatingSystem.IsMacOS())
            {
                // The 64-bit inode structure: dev (4), mode (2), nlink (2), ino (8), uid, gid.
                return new Layout(4, true, 16);
            }

            return null;
        }
    }
}
