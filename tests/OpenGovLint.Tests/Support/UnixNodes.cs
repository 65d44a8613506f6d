using System.Diagnostics;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// Makes and inspects file-system nodes other than files (device nodes, FIFOs) with the system's own tools, so that
/// what the tests assert about a node does not come from the code under test.
/// </summary>
internal static class UnixNodes
{
    /// <summary>Runs a tool; returns its exit code and what it printed (both streams).</summary>
    public static (int Exit, string Output) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Trim());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"{tool}: {ex.Message}");
        }
    }

    /// <summary><c>stat -c FORMAT</c> on the node itself (links not followed).</summary>
    public static string Describe(string path, string format = "%F")
    {
        var (exit, output) = Run("stat", "-c", format, path);
        Assert.True(exit == 0, output);
        return output;
    }

    /// <summary>Makes a character device node like /dev/null (1, 3); null when it cannot, with the reason.</summary>
    public static string? TryMakeCharacterDevice(string path, int major, int minor)
    {
        var (exit, output) = Run("mknod", path, "c", major.ToString(System.Globalization.CultureInfo.InvariantCulture), minor.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return exit == 0 ? null : $"mknod failed ({output}): making a device node needs root or CAP_MKNOD";
    }

    public static void MakeFifo(string path)
    {
        var (exit, output) = Run("mkfifo", path);
        Assert.True(exit == 0, "mkfifo failed: " + output);
    }

    /// <summary>Why device-node tests cannot run here, decided once per test run; null when they can.</summary>
    public static string? DeviceNodeUnavailable { get; } = ProbeDeviceNodes();

    private static string? ProbeDeviceNodes()
    {
        if (OperatingSystem.IsWindows())
        {
            return "Windows has no device nodes";
        }

        string folder = Path.Combine(Path.GetTempPath(), "ogl-mknod-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string node = Path.Combine(folder, "null");
            if (TryMakeCharacterDevice(node, 1, 3) is { } reason)
            {
                return reason;
            }

            try
            {
                // A container may let a node be made but not opened (the device cgroup).
                File.WriteAllText(node, "probe");
                return null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return $"a device node made with mknod cannot be opened here ({ex.Message})";
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A test that needs device nodes: skipped, with the reason found at run time, where they cannot be made.</summary>
public sealed class DeviceNodeFactAttribute : FactAttribute
{
    public DeviceNodeFactAttribute()
    {
        if (UnixNodes.DeviceNodeUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A test of Unix nodes (FIFOs, sockets, links, modes): skipped on Windows, which has none of them.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Windows has no FIFOs, Unix sockets or Unix permission bits";
        }
    }
}

/// <summary>A test that gives files to another owner, which only root may do: skipped, saying so, for other users.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Windows has no Unix owners";
        }
        else if (UnixNodes.Run("id", "-u") is not (0, "0"))
        {
            Skip = "only root may give a file to another owner (run the tests as root to include this one)";
        }
    }
}
