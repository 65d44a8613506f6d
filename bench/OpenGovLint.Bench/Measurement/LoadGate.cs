using System.Globalization;

namespace OpenGovLint.Bench.Measurement;

/// <summary>
/// The VM is shared: before a timed run, wait (a bounded time) until the other processes leave the CPUs mostly idle,
/// and record the load average with every figure.
/// </summary>
internal static class LoadGate
{
    /// <summary>The 1-, 5- and 15-minute load averages, e.g. "1.23 2.34 3.45".</summary>
    public static string LoadAverage()
    {
        try
        {
            string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    public static double OneMinuteLoad() =>
        double.TryParse(LoadAverage().Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double load) ? load : double.NaN;

    /// <summary>Waits until the CPUs were less than <paramref name="busyLimit"/> busy over a one-second sample; returns the last busy fraction.</summary>
    public static double WaitForQuiet(double busyLimit = 0.3, int maxWaitSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(maxWaitSeconds);
        double busy;
        do
        {
            busy = BusyFraction(TimeSpan.FromSeconds(1));
        }
        while (busy >= busyLimit && DateTime.UtcNow < deadline);
        return busy;
    }

    /// <summary>How busy all CPUs were over <paramref name="window"/> (0..1), from /proc/stat.</summary>
    public static double BusyFraction(TimeSpan window)
    {
        var (idle1, total1) = CpuTicks();
        Thread.Sleep(window);
        var (idle2, total2) = CpuTicks();
        long total = total2 - total1;
        return total <= 0 ? 0 : 1.0 - ((double)(idle2 - idle1) / total);
    }

    /// <summary>Steal ticks so far (time the hypervisor gave to other guests), from /proc/stat.</summary>
    public static long StealTicks()
    {
        string[] f = FirstCpuLine();
        return f.Length > 8 ? long.Parse(f[8], CultureInfo.InvariantCulture) : 0;
    }

    private static (long Idle, long Total) CpuTicks()
    {
        string[] f = FirstCpuLine();
        long total = 0;
        for (int i = 1; i < f.Length; i++)
        {
            total += long.Parse(f[i], CultureInfo.InvariantCulture);
        }

        long idle = long.Parse(f[4], CultureInfo.InvariantCulture) + long.Parse(f[5], CultureInfo.InvariantCulture);
        return (idle, total);
    }

    private static string[] FirstCpuLine()
    {
        using var reader = new StreamReader("/proc/stat");
        return (reader.ReadLine() ?? "cpu 0 0 0 0 0 0 0 0").Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
