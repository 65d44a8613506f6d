using System.Globalization;
using System.Runtime.CompilerServices;
using OpenGovLint.Tests.Support;
using Xunit.Abstractions;

namespace OpenGovLint.Tests.RealReports;

/// <summary>
/// Real published reports, byte for byte, in the layouts real reports arrive in (flattened web text, collapsed cells,
/// PDF conversions, extracted text, web pages), each against its hand-checked truth (Fixtures/real/truth.json). The
/// 2021-edition text reports must read completely; no report may ever give a figure other than the truth's; and no
/// report may read worse than the recorded baseline (RealReports/baseline.txt), so any regression fails here.
/// </summary>
public sealed class RealReportTests
{
    private static readonly string Folder = Path.Combine(Fixtures.Root, "real");

    private readonly ITestOutputHelper output;

    public RealReportTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var truth in Truths())
        {
            data.Add(truth.File);
        }

        return data;
    }

    public static TheoryData<string> CurrentEditionTextFiles() => TextFiles(currentEdition: true);

    [Theory]
    [MemberData(nameof(CurrentEditionTextFiles))]
    public void A_2021_edition_text_report_reads_as_its_truth_states(string file) => AssertReadsAsItsTruthStates(file);

    /// <summary>The text reports of the 2019 trial edition and of the years before 2019 (spec §7).</summary>
    public static TheoryData<string> EarlierEditionTextFiles() => TextFiles(currentEdition: false);

    [Theory]
    [MemberData(nameof(EarlierEditionTextFiles))]
    public void A_trial_or_pre_2019_text_report_reads_as_its_truth_states(string file) => AssertReadsAsItsTruthStates(file);

    [Theory]
    [MemberData(nameof(Files))]
    public void No_figure_is_read_other_than_the_truth_states(string file)
    {
        var score = RealReportScore.Measure(Folder, Truths().Single(t => t.File == file));
        Assert.True(score.WrongFigures == 0, string.Join("\n", score.Notes));
    }

    [Fact]
    public void No_report_reads_worse_than_its_baseline()
    {
        var scores = Truths().Select(t => RealReportScore.Measure(Folder, t)).ToList();
        var baseline = ReadBaseline();
        var worse = new List<string>();
        foreach (var score in scores)
        {
            if (!baseline.TryGetValue(score.File, out var before))
            {
                worse.Add($"{score.File}: not in the baseline");
                continue;
            }

            if (score.Parts < before.Parts || score.Tables < before.Tables || score.Figures < before.Figures || score.Defects < before.Defects || score.FalseErrors > before.FalseErrors)
            {
                worse.Add($"{score.File}: {Line(score)} (baseline {Line(before)})\n  {string.Join("\n  ", score.Notes.Take(8))}");
            }
        }

        output.WriteLine(Summary(scores));
        if (worse.Count == 0 && Environment.GetEnvironmentVariable("OGL_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            WriteBaseline(scores);
        }

        Assert.True(worse.Count == 0, "Reads worse than the baseline:\n" + string.Join("\n", worse));
    }

    /// <summary>The scorer's line: what the analysis reads of all the real reports.</summary>
    public static string Summary(IReadOnlyList<RealReportScore> scores)
    {
        var truths = Truths().ToDictionary(t => t.File);
        return string.Create(CultureInfo.InvariantCulture, $"real reports: {scores.Count}; parts {scores.Sum(s => s.Parts)}/{truths.Values.Sum(t => t.Sections)}; tables {scores.Sum(s => s.Tables)}/{truths.Values.Sum(t => t.Tables)}; figures {scores.Sum(s => s.Figures)}/{truths.Values.Sum(FigureCount)}; defects {scores.Sum(s => s.Defects)}/{truths.Values.Sum(t => t.Required.Count)}; false errors {scores.Sum(s => s.FalseErrors)}");
    }

    private static IReadOnlyList<RealReportTruth> Truths() => RealReportTruth.Load(Path.Combine(Folder, "truth.json"));

    private static int FigureCount(RealReportTruth truth) => truth.Table3.Values.Sum(v => v.Length) + (truth.Table4?.Length ?? 0);

    private static string Line(RealReportScore s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.File} {s.Parts} {s.Tables} {s.Figures} {s.Defects} {s.FalseErrors}");

    private static Dictionary<string, RealReportScore> ReadBaseline()
    {
        var result = new Dictionary<string, RealReportScore>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(BaselinePath()))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = line.Split(' ');
            result[f[0]] = new RealReportScore(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture), 0, []);
        }

        return result;
    }

    private static void WriteBaseline(IEnumerable<RealReportScore> scores)
    {
        var lines = new List<string> { "# file parts tables figures defects false-errors: what each real report read at least (written with OGL_ACCEPT=1)" };
        lines.AddRange(scores.Select(Line));
        File.WriteAllLines(BaselinePath(), lines);
    }

    private static string BaselinePath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "baseline.txt");

    /// <summary>The text reports (.txt, .md) of the 2021 edition, or of the editions before it.</summary>
    private static TheoryData<string> TextFiles(bool currentEdition)
    {
        var data = new TheoryData<string>();
        foreach (var truth in Truths().Where(t => t.Edition.StartsWith("2021", StringComparison.Ordinal) == currentEdition && (t.File.EndsWith(".txt", StringComparison.Ordinal) || t.File.EndsWith(".md", StringComparison.Ordinal))))
        {
            data.Add(truth.File);
        }

        return data;
    }

    /// <summary>Every part and table present found, every listed figure read exactly, every defect reported, no false error.</summary>
    private static void AssertReadsAsItsTruthStates(string file)
    {
        var truth = Truths().Single(t => t.File == file);
        var score = RealReportScore.Measure(Folder, truth);
        string notes = string.Join("\n", score.Notes);
        Assert.True(truth.Sections == score.Parts, $"parts {score.Parts}/{truth.Sections}\n{notes}");
        Assert.True(truth.Tables == score.Tables, $"tables {score.Tables}/{truth.Tables}\n{notes}");
        Assert.True(FigureCount(truth) == score.Figures, $"figures {score.Figures}/{FigureCount(truth)}\n{notes}");
        Assert.True(truth.Required.Count == score.Defects, $"defects {score.Defects}/{truth.Required.Count}\n{notes}");
        Assert.True(score.FalseErrors == 0, $"false errors {score.FalseErrors}\n{notes}");
    }
}
