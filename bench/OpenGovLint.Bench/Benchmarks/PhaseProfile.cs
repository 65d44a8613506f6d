using System.Diagnostics;
using Markdig;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// Where the time of one analysis goes, with Stopwatches around the phases: decode, Markdig, the line scan, the rest
/// of the parse (headings, tables, title, period, suppressions), each rule, and the final suppress-and-sort. The line
/// steps of the parse are replayed one by one by <see cref="ParseBreakdown"/>.
/// </summary>
internal sealed class PhaseProfile
{
    /// <summary>Markdig on its own, the reference; the parse steps include it again, so it is left out of the sum.</summary>
    private const string MarkdigAlone = "(reference, not in the sum) Markdig parse alone, GFM pipe tables";

    /// <summary>The whole parse at once, the reference for the sum of its steps.</summary>
    private const string WholeParse = "(reference, not in the sum) ReportParser.Parse, all steps at once";

    private readonly Dictionary<string, double> ms = new(StringComparer.Ordinal);

    // Bytes allocated per phase: garbage collection is a large share of the time, so where the garbage comes from
    // matters as much as where the instructions go.
    private readonly Dictionary<string, long> allocated = new(StringComparer.Ordinal);

    private double Sum => ms.Where(p => p.Key is not (MarkdigAlone or WholeParse)).Sum(p => p.Value);

    /// <summary>Profiles <paramref name="documents"/>; with <paramref name="warmUp"/> a first untimed pass lets the JIT settle.</summary>
    public static PhaseProfile Run(BenchContext context, string label, IReadOnlyList<byte[]> documents, bool warmUp = true)
    {
        long bytes = documents.Sum(d => (long)d.Length);
        var profile = new PhaseProfile();
        if (warmUp)
        {
            profile.Measure(documents);
            profile = new PhaseProfile();
        }

        var total = Stopwatch.StartNew();
        profile.Measure(documents);
        double totalMs = total.Elapsed.TotalMilliseconds;

        context.Log.Section($"Phases: {label} ({documents.Count:N0} documents, {context.MegaBytes(bytes):F1} MB), single thread, second pass");
        foreach (var (phase, time) in profile.ms.OrderByDescending(p => p.Value).Take(24))
        {
            context.Log.Figure(phase, $"{time:F0} ms ({100 * time / profile.Sum:F1} %), {context.MegaBytes(bytes) / (time / 1000):F1} MB/s, {profile.allocated.GetValueOrDefault(phase) / 1e6:F0} MB allocated");
        }

        // The wall is larger than the sum: the profile parses twice (whole, then step by step) and runs the rules twice
        // (each alone, then all together).
        context.Log.Figure("sum of the phases above / wall of the profiled pass", $"{profile.Sum:F0} ms / {totalMs:F0} ms");
        return profile;
    }

    /// <summary>How each phase grows from one document size to another: about the size ratio when linear, its square when quadratic.</summary>
    public static void Growth(BenchContext context, PhaseProfile small, PhaseProfile large, double sizeRatio)
    {
        context.Log.Section($"Phase growth for a {sizeRatio:F1}× larger document (linear ≈ {sizeRatio:F1}×, quadratic ≈ {sizeRatio * sizeRatio:F1}×)");
        foreach (var (phase, time) in large.ms.Where(p => p.Value >= 50).OrderByDescending(p => p.Value))
        {
            double before = small.ms.GetValueOrDefault(phase);
            context.Log.Figure(phase, $"{before:F0} → {time:F0} ms ({(before > 0 ? time / before : double.NaN):F1}×)");
        }
    }

    private void Measure(IReadOnlyList<byte[]> documents)
    {
        var perRule = RuleRegistry.All.Select(r => (Rule: r, Analyzer: new ReportAnalyzer([r]))).ToArray();
        var options = new AnalysisOptions();
        var all = new ReportAnalyzer();
        foreach (byte[] bytes in documents)
        {
            string text = Time("decode (UTF-8, strict)", () => CorpusSet.Decode(bytes));
            Time(MarkdigAlone, () => Markdown.Parse(text, InProcessThroughput.TablesPipeline));
            var source = Time("SourceText (line index)", () => new SourceText(text));
            var document = Time(WholeParse, () => ReportParser.Parse(source));
            ParseBreakdown.Run(source, (phase, step) => Time(phase, step));
            foreach (var (rule, analyzer) in perRule)
            {
                Time("rule " + rule.Descriptor.Id, () => analyzer.Analyze(document, options));
            }

            Time("all rules + suppressions + sort (ReportAnalyzer)", () => all.Analyze(document, options));
        }

        double rules = perRule.Sum(r => ms["rule " + r.Rule.Descriptor.Id]);
        ms["suppressions + sort (all rules run minus each rule alone)"] = Math.Max(0, ms["all rules + suppressions + sort (ReportAnalyzer)"] - rules);
        ms.Remove("all rules + suppressions + sort (ReportAnalyzer)");
    }

    private T Time<T>(string phase, Func<T> action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        T result = action();
        ms[phase] = ms.GetValueOrDefault(phase) + Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        allocated[phase] = allocated.GetValueOrDefault(phase) + GC.GetAllocatedBytesForCurrentThread() - before;
        return result;
    }
}
