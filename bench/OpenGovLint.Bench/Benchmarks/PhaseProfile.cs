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
/// steps of the parse are internal to Core: <see cref="ParseBreakdown"/> replays them through reflection.
/// </summary>
internal sealed class PhaseProfile
{
    private static readonly ParseBreakdown? Breakdown = ParseBreakdown.Create();

    /// <summary>Markdig on its own, the reference; the parse steps include it again, so it is left out of the sum.</summary>
    private const string MarkdigAlone = "(reference, not in the sum) Markdig parse alone";

    private readonly Dictionary<string, double> ms = new(StringComparer.Ordinal);

    private double Sum => ms.Where(p => p.Key != MarkdigAlone).Sum(p => p.Value);

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
        foreach (var (phase, time) in profile.ms.OrderByDescending(p => p.Value).Take(18))
        {
            context.Log.Figure(phase, $"{time:F0} ms ({100 * time / profile.Sum:F1} %), {context.MegaBytes(bytes) / (time / 1000):F1} MB/s");
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
            Time(MarkdigAlone, () => Markdown.Parse(text, InProcessThroughput.CorePipeline));
            var source = Time("SourceText (line index)", () => new SourceText(text));
            var document = Time("ReportParser.Parse (all of parsing)", () => ReportParser.Parse(source));
            Breakdown?.Run(source, (phase, step) => Time(phase, step));
            foreach (var (rule, analyzer) in perRule)
            {
                Time("rule " + rule.Descriptor.Id, () => analyzer.Analyze(document, options));
            }

            Time("all rules + suppressions + sort (ReportAnalyzer)", () => all.Analyze(document, options));
        }

        // With the step-by-step breakdown the whole parse is shown in its steps; without it, as one line.
        if (Breakdown is not null)
        {
            ms.Remove("ReportParser.Parse (all of parsing)");
        }

        double rules = perRule.Sum(r => ms["rule " + r.Rule.Descriptor.Id]);
        ms["suppressions + sort (all rules run minus each rule alone)"] = Math.Max(0, ms["all rules + suppressions + sort (ReportAnalyzer)"] - rules);
        ms.Remove("all rules + suppressions + sort (ReportAnalyzer)");
    }

    private T Time<T>(string phase, Func<T> action)
    {
        long start = Stopwatch.GetTimestamp();
        T result = action();
        ms[phase] = ms.GetValueOrDefault(phase) + Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return result;
    }
}
