using System.Collections.Concurrent;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Layouts;

/// <summary>
/// The generated reports of seeds 1…<see cref="Seeds"/>, each rendered in a layout and read once: shared by the
/// property tests so that each rendering is analysed a single time per run.
/// </summary>
public sealed class LayoutReadings
{
    public const int Seeds = 300;

    private readonly ConcurrentDictionary<ReportLayout, Lazy<IReadOnlyList<ReadingCheck>>> checks = new();

    internal IReadOnlyList<ReadingCheck> Of(ReportLayout layout) =>
        checks.GetOrAdd(layout, l => new Lazy<IReadOnlyList<ReadingCheck>>(() => Read(l))).Value;

    /// <summary>The noise of each rendering comes from its own seed, apart from the report's, so layouts vary independently.</summary>
    internal static RenderedReport Render(int seed, ReportLayout layout) =>
        LayoutRenderer.Render(ReportGenerator.Generate(seed), layout, (seed * 7919) + (int)layout);

    private static IReadOnlyList<ReadingCheck> Read(ReportLayout layout) =>
        Enumerable.Range(1, Seeds).AsParallel().AsOrdered().Select(seed => ReadingCheck.Of(Render(seed, layout))).ToArray();
}
