using System.Globalization;
using System.Text;

namespace OpenGovLint.Bench.Corpus;

/// <summary>What kind of report a corpus file is.</summary>
internal enum ReportKind
{
    SampleVariant,
    TemplateConsistent,
    TemplateInconsistent,
    TemplateTabTables,
}

/// <summary>Size and make-up of a generated corpus.</summary>
internal sealed record CorpusSummary(int Files, long Bytes, IReadOnlyDictionary<ReportKind, int> Kinds);

/// <summary>
/// Writes the benchmark corpus: half the files vary the five sample reports (digits, prose order, table shape), the
/// other half come from the template with consistent or broken figures. File i depends only on (seed, i), so the
/// corpus is the same on every machine; 1,000 files per folder, so a subset is a list of folders.
/// </summary>
internal sealed class CorpusGenerator(IReadOnlyList<string> samples, int seed)
{
    public const int FilesPerFolder = 1000;

    private readonly IReadOnlyList<string> prosePool = samples
        .SelectMany(s => TextBlocks.Lines(s).Where(TextBlocks.IsProse).Select(l => l.TrimEnd('\r').Trim()))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    public static string RelativePath(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{index / FilesPerFolder:D2}/r{index:D5}.md");

    public static ReportKind KindOf(int index) => (index % 10) switch
    {
        < 5 => ReportKind.SampleVariant,
        < 8 => ReportKind.TemplateConsistent,
        8 => ReportKind.TemplateInconsistent,
        _ => ReportKind.TemplateTabTables,
    };

    public string Create(int index)
    {
        // Not HashCode.Combine: it is randomised per process, and the corpus must be the same on every run.
        var random = new Random(unchecked((seed * 1_000_003) + index));
        return KindOf(index) switch
        {
            ReportKind.SampleVariant => SampleVariator.Vary(samples[index % samples.Count], random),
            ReportKind.TemplateConsistent => TemplateReport.Create(random, prosePool, consistent: true),
            ReportKind.TemplateInconsistent => TemplateReport.Create(random, prosePool, consistent: false),
            _ => TableShapes.PipesToTabs(TemplateReport.Create(random, prosePool, consistent: random.Next(2) == 0)),
        };
    }

    public CorpusSummary Write(string folder, int count)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        long bytes = 0;
        var kinds = new int[Enum.GetValues<ReportKind>().Length];
        var utf8 = new UTF8Encoding(false);
        Parallel.For(0, count, i =>
        {
            string path = Path.Combine(folder, RelativePath(i));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            byte[] content = utf8.GetBytes(Create(i));
            File.WriteAllBytes(path, content);
            Interlocked.Add(ref bytes, content.Length);
            Interlocked.Increment(ref kinds[(int)KindOf(i)]);
        });
        return new CorpusSummary(count, bytes, Enum.GetValues<ReportKind>().ToDictionary(k => k, k => kinds[(int)k]));
    }
}
