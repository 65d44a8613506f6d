using System.Runtime.CompilerServices;
using System.Text;
using OpenGovLint.Tests.RealReports;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Layouts;

/// <summary>
/// The committed layout fixtures (Fixtures/layouts): one generated report per layout, byte for byte, with a truth in
/// the format of the real reports'. Each must read completely — every part, table and figure its truth lists, no
/// false error, no figure other than the truth's — scored by the same measure as the real reports. The files are the
/// renderings of their seeds; a change to the generator shows here, and <c>OGL_ACCEPT=1</c> rewrites them.
/// </summary>
public sealed class LayoutFixtureTests
{
    private static readonly string Folder = Path.Combine(Fixtures.Root, "layouts");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in LayoutFixture.All)
        {
            data.Add(fixture.File);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_layout_fixture_reads_completely(string file)
    {
        var truth = RealReportTruth.Load(Path.Combine(Folder, "truth.json")).Single(t => t.File == file);
        var score = RealReportScore.Measure(Folder, truth);
        string notes = string.Join("\n", score.Notes);
        int figures = truth.Table3.Values.Sum(v => v.Length) + (truth.Table4?.Length ?? 0);
        Assert.True(score.Parts == 6 && truth.Sections == 6, $"parts {score.Parts}/6\n{notes}");
        Assert.True(score.Tables == 3 && truth.Tables == 3, $"tables {score.Tables}/3\n{notes}");
        Assert.True(figures == score.Figures, $"figures {score.Figures}/{figures}\n{notes}");
        Assert.True(score.WrongFigures == 0, $"figures other than the truth's\n{notes}");
        Assert.True(score.FalseErrors == 0, $"false errors {score.FalseErrors}\n{notes}");
    }

    [Fact]
    public void Every_layout_has_a_fixture_and_each_truth_lists_table_3()
    {
        var truths = RealReportTruth.Load(Path.Combine(Folder, "truth.json"));
        Assert.Equal(LayoutRenderer.Layouts.Order(), LayoutFixture.All.Select(f => f.Layout).Order());
        Assert.Equal(LayoutFixture.All.Select(f => f.File).Order(), truths.Select(t => t.File).Order());
        Assert.All(truths, t => Assert.True(t.Edition == "2021" && t.Table3.Count > 0, t.File));
    }

    [Fact]
    public void The_fixtures_are_the_renderings_of_their_seeds()
    {
        var rendered = LayoutFixture.All.Select(f => (Fixture: f, Rendered: f.Render())).ToList();
        var expected = rendered.Select(r => (r.Fixture.File, Bytes: Encoding.UTF8.GetBytes(r.Rendered.Text)))
            .Append(("truth.json", Encoding.UTF8.GetBytes(LayoutFixtureTruth.Json(rendered))))
            .ToList();
        bool accept = Environment.GetEnvironmentVariable("OGL_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        var differing = new List<string>();
        foreach (var (file, bytes) in expected)
        {
            string path = Path.Combine(Folder, file);
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            if (accept)
            {
                File.WriteAllBytes(Path.Combine(SourceFolder(), file), bytes);
            }

            differing.Add(file);
        }

        Assert.True(accept || differing.Count == 0, $"Fixtures/layouts differ from their renderings: {string.Join(", ", differing)}. Review the change and accept it with OGL_ACCEPT=1.");
    }

    private static string SourceFolder([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "..", "Fixtures", "layouts");
}
