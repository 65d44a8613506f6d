using System.Globalization;

namespace OpenGovLint.Bench.Measurement;

/// <summary>What the figures were measured on: CPU model, cores, RAM, .NET and node versions.</summary>
internal static class MachineInfo
{
    public static string CpuModel() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()
            : "unknown";

    public static double RamGiB()
    {
        string? line = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        if (line is null)
        {
            return double.NaN;
        }

        string kb = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return double.Parse(kb, CultureInfo.InvariantCulture) / 1024 / 1024;
    }

    public static string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{CpuModel()}, {Environment.ProcessorCount} cores, {RamGiB():F1} GiB RAM, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
