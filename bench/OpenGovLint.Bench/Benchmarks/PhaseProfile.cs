using System.Diagnostics;
using System.Reflection;
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
/// scanner is internal to Core, so it is called through reflection (the call costs far less than the scan).
/// </summary>
internal sealed class PhaseProfile
{
    private static readonly MethodInfo LineScan =
        typeof(ReportParser).Assembly.GetType("OpenGovLint.Core.Parsing.LineScanner")?.GetMethod("Scan", BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException("LineScanner.Scan not found");

    private readonly Dictionary<string, double> ms = new(StringComparer.Ordinal);

    public static void Run(BenchContext context, string label, IReadOnlyList<byte[]> documents)
    {
        long bytes = documents.Sum(d => (long)d.Length);
        var profile = new PhaseProfile();
        profile.Measure(documents);
        profile = new PhaseProfile();
        var total = Stopwatch.StartNew();
        profile.Measure(documents);
        double totalMs = total.Elapsed.TotalMilliseconds;

        context.Log.Section($"Phases: {label} ({documents.Count:N0} documents, {context.MegaBytes(bytes):F1} MB), single thread, second pass");
        foreach (var (phase, time) in profile.ms.OrderByDescending(p => p.Value).Take(14))
        {
            context.Log.Figure(phase, $"{time:F0} ms ({100 * time / profile.ms.Values.Sum():F1} %), {context.MegaBytes(bytes) / (time / 1000):F1} MB/s");
        }

        context.Log.Figure("sum of phases / wall of the profiled pass", $"{profile.ms.Values.Sum():F0} ms / {totalMs:F0} ms");
    }

    private void Measure(IReadOnlyList<byte[]> documents)
    {
        var perRule = RuleRegistry.All.Select(r => (Rule: r, Analyzer: new ReportAnalyzer([r]))).ToArray();
        var options = new AnalysisOptions();
        var all = new ReportAnalyzer();
        foreach (byte[] bytes in documents)
        {
            string text = Time("decode (UTF-8, strict)", () => CorpusSet.Decode(bytes));
            Time("Markdig parse (pipe tables)", () => Markdown.Parse(text, InProcessThroughput.CorePipeline));
            var source = Time("SourceText (line index)", () => new SourceText(text));
            Time("line scan (LineScanner)", () => LineScan.Invoke(null, [source]));
            var document = Time("ReportParser.Parse (all of parsing)", () => ReportParser.Parse(source));
            foreach (var (rule, analyzer) in perRule)
            {
                Time("rule " + rule.Descriptor.Id, () => analyzer.Analyze(document, options));
            }

            Time("all rules + suppressions + sort (ReportAnalyzer)", () => all.Analyze(document, options));
        }

        // Parsing includes Markdig and the line scan: show the rest on its own line.
        double parse = ms["ReportParser.Parse (all of parsing)"];
        ms.Remove("ReportParser.Parse (all of parsing)");
        ms["parse minus Markdig, SourceText and line scan (headings, tables, title, period, suppressions)"] =
            parse - ms["Markdig parse (pipe tables)"] - ms["SourceText (line index)"] - ms["line scan (LineScanner)"];
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
