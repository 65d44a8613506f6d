using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OpenGovLint.Bench.Measurement;

/// <summary>One finished run of an external command: wall clock, CPU, peak resident memory and exit code.</summary>
internal sealed record ProcessRun(double WallMs, double UserSeconds, double SystemSeconds, long MaxRssKb, int ExitCode, string ErrorTail)
{
    public double CpuSeconds => UserSeconds + SystemSeconds;

    public double MaxRssMb => MaxRssKb / 1024.0;
}

/// <summary>
/// Runs a command as a user would: standard output goes to /dev/null (so the caller pays no pipe), GNU time records
/// CPU and peak RSS, a Stopwatch around the whole spawn-to-exit gives the wall clock.
/// </summary>
internal static class ProcessRunner
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>Runs <paramref name="command"/> under GNU time, optionally pinned to CPU 0 and told it has one processor.</summary>
    public static ProcessRun Run(IReadOnlyList<string> command, string workingDirectory, bool singleCore = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        string timeFile = Path.GetTempFileName();
        string errFile = Path.GetTempFileName();
        try
        {
            var shell = new StringBuilder("exec ");
            shell.Append(GnuTime).Append(" -f '%e %U %S %M' -o ").Append(Quote(timeFile)).Append(' ');
            if (singleCore)
            {
                shell.Append("taskset -c 0 ");
            }

            shell.Append(string.Join(' ', command.Select(Quote)));
            shell.Append(" >/dev/null 2>").Append(Quote(errFile));

            var info = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(shell.ToString());
            if (singleCore)
            {
                info.Environment["DOTNET_PROCESSOR_COUNT"] = "1";
            }

            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            {
                info.Environment[key] = value;
            }

            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start /bin/sh");
            process.WaitForExit();
            double wallMs = stopwatch.Elapsed.TotalMilliseconds;

            string[] t = File.ReadAllLines(timeFile).Last(l => l.Length > 0).Split(' ');
            string err = File.ReadAllText(errFile);
            return new ProcessRun(
                wallMs,
                double.Parse(t[1], CultureInfo.InvariantCulture),
                double.Parse(t[2], CultureInfo.InvariantCulture),
                long.Parse(t[3], CultureInfo.InvariantCulture),
                process.ExitCode,
                err.Length > 400 ? err[^400..] : err);
        }
        finally
        {
            File.Delete(timeFile);
            File.Delete(errFile);
        }
    }

    /// <summary>Spawn-to-exit time of one direct start (no shell, no GNU time): what a user or an editor pays per invocation.</summary>
    public static double SpawnToExitMs(IReadOnlyList<string> command, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in command.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + command[0]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        double ms = stopwatch.Elapsed.TotalMilliseconds;
        Task.WaitAll(stdout, stderr);
        return ms;
    }

    /// <summary>Runs a command to completion and returns its exit code and combined output (for builds and installs).</summary>
    public static (int ExitCode, string Output) RunQuiet(string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
