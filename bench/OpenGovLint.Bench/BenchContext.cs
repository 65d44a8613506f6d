using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench;

/// <summary>What every benchmark shares: paths, the result log, the repeat count and the figures later steps compare against.</summary>
internal sealed class BenchContext(BenchPaths paths, int runs)
{
    public BenchPaths Paths { get; } = paths;

    public ResultLog Log { get; } = new();

    /// <summary>How many times each timed run is repeated (min and median are reported).</summary>
    public int Runs { get; } = runs;

    /// <summary>Figures one step leaves for a later one, e.g. the CLI's files/s for the markdownlint ratio.</summary>
    public Dictionary<string, double> Figures { get; } = new(StringComparer.Ordinal);

    public double MegaBytes(long bytes) => bytes / 1_000_000.0;
}
