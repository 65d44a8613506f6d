using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// Which types the analysis allocates, from the runtime's own allocation sampling (an allocation tick about every
/// 100 KB, naming the type that crossed it): no profiler needed. Each tick stands for the bytes since the last one, so
/// the counts approximate each type's share of the bytes allocated.
/// </summary>
internal static class AllocationProfile
{
    private const int Shown = 30;

    public static void Run(BenchContext context, IReadOnlyList<string> texts, int passes)
    {
        var analyzer = new OpenGovLint.Core.Analysis.ReportAnalyzer();
        AnalyzeAll(analyzer, texts); // warm-up: the JIT's own allocations stay out of the sample

        // Timed before the sampling starts: the listener slows every allocation it is told of.
        var times = new List<double>();
        for (int pass = 0; pass < passes; pass++)
        {
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            AnalyzeAll(analyzer, texts);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        using var listener = new AllocationTickListener();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int pass = 0; pass < passes; pass++)
        {
            AnalyzeAll(analyzer, texts);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var ticks = listener.Snapshot();
        long total = ticks.Values.Sum();
        times.Sort();
        context.Log.Section($"Allocations by type: {texts.Count:N0} files × {passes} passes, {allocated / 1e6 / passes:F0} MB per pass, {total:N0} samples");
        context.Log.Figure("time per pass, before the sampling (fastest / median)", $"{times[0]:F0} / {times[times.Count / 2]:F0} ms");
        foreach (var (type, count) in ticks.OrderByDescending(t => t.Value).Take(Shown))
        {
            context.Log.Figure(type, $"{100.0 * count / total:F1} % ≈ {allocated * (double)count / total / passes / 1e6:F1} MB per pass");
        }
    }

    private static void AnalyzeAll(OpenGovLint.Core.Analysis.ReportAnalyzer analyzer, IReadOnlyList<string> texts)
    {
        foreach (string text in texts)
        {
            _ = analyzer.Analyze(text);
        }
    }

    private sealed class AllocationTickListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly ConcurrentDictionary<string, long> ticks = new(StringComparer.Ordinal);

        public Dictionary<string, long> Snapshot() => new(ticks);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is null)
            {
                return;
            }

            int index = eventData.PayloadNames.IndexOf("TypeName");
            string type = index >= 0 && eventData.Payload?[index] is string name ? name : "?";
            ticks.AddOrUpdate(type, 1, static (_, count) => count + 1);
        }
    }
}
