using Markdig;
using Markdig.Syntax;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Fixes;

/// <summary>Properties every fix-all run must keep, on every sample.</summary>
public sealed class FixAllSampleTests
{
    public static TheoryData<string> Names => Fixtures.SampleNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void SafeFixesRemoveWhatTheyAddressAndAddNoError(string name)
    {
        string text = Fixtures.ReadSample(name);
        var before = new ReportAnalyzer().Analyze(text);
        var result = new FixAllRunner().Run(text, AnalysisOptions.Default, includeUnsafe: false);

        Assert.True(result.Changed, "every sample has at least one safe fix");
        var fixedIds = before.Diagnostics.Where(d => d.Fixes.Any(f => f.Applicability == FixApplicability.Safe)).Select(d => d.Id).ToHashSet();
        foreach (string id in fixedIds)
        {
            // A safe fix may be withheld when it cannot carry every cell over (OGL2002); then the finding stays.
            var remaining = result.Remaining.Diagnostics.Where(d => d.Id == id && d.Fixes.Any(f => f.Applicability == FixApplicability.Safe));
            Assert.Empty(remaining);
        }

        var errorsBefore = before.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToHashSet();
        var newErrors = result.Remaining.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !errorsBefore.Contains(d.Id)).ToList();
        Assert.Empty(newErrors);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SafeFixesKeepEveryFigureInItsPlace(string name)
    {
        string text = Fixtures.ReadSample(name);
        var result = new FixAllRunner().Run(text, AnalysisOptions.Default, includeUnsafe: false);
        Assert.Equal(Figures(ReportParser.Parse(text)), Figures(ReportParser.Parse(result.Text)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SecondRunChangesNothing(string name)
    {
        var runner = new FixAllRunner();
        var first = runner.Run(Fixtures.ReadSample(name), AnalysisOptions.Default, includeUnsafe: false);
        var second = runner.Run(first.Text, AnalysisOptions.Default, includeUnsafe: false);
        Assert.False(second.Changed, "second fix run applied: " + string.Join(", ", second.AppliedByRule.Keys));
        Assert.Equal(first.Text, second.Text);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void AfterFixingTheTablesArePipeTablesThatMarkdigSees(string name)
    {
        string text = Fixtures.ReadSample(name);
        var before = new ReportAnalyzer().Analyze(text);
        var result = new FixAllRunner().Run(text, AnalysisOptions.Default, includeUnsafe: false);

        var document = ReportParser.Parse(result.Text);
        Assert.All(document.Tables, t => Assert.Equal(TableShape.PipeTable, t.Shape));
        Assert.DoesNotContain(result.Remaining.Diagnostics, d => d.Id == "OGL2002");
        int wrongCountBefore = before.Diagnostics.Count(d => d.Id == "OGL2003");
        Assert.True(result.Remaining.Diagnostics.Count(d => d.Id == "OGL2003") <= wrongCountBefore);

        var markdown = Markdown.Parse(result.Text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        int markdigTables = markdown.Descendants<Markdig.Extensions.Tables.Table>().Count();
        int expected = (document.Table2 is null ? 0 : 4) + (document.Table3 is null ? 0 : 1) + (document.Table4 is null ? 0 : 1);
        Assert.Equal(expected, markdigTables);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryOfferedFixChangesOnlyItsOwnRange(string name)
    {
        string text = Fixtures.ReadSample(name);
        foreach (var diagnostic in new ReportAnalyzer().Analyze(text).Diagnostics)
        {
            foreach (var fix in diagnostic.Fixes)
            {
                string fixedText = FixApplier.Apply(text, fix.Edits);
                int start = fix.Edits.Min(e => e.Span.Start);
                int endFromBack = text.Length - fix.Edits.Max(e => e.Span.End);
                Assert.Equal(text[..start], fixedText[..start]);
                Assert.Equal(text[^endFromBack..], fixedText[^endFromBack..]);

                // The fixed text still parses, and the fix does not throw the analyzer off.
                var reanalysed = new ReportAnalyzer().Analyze(fixedText);
                Assert.DoesNotContain(reanalysed.Diagnostics, d => d.Id == "OGL9001");
            }
        }
    }

    /// <summary>Every number in every table, keyed by table, row and column.</summary>
    internal static SortedDictionary<string, string> Figures(ReportDocument document)
    {
        var figures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows)
            {
                for (int i = 0; i < row.Values.Count; i++)
                {
                    figures[$"{row.Key}[{i}]"] = row.Values[i].Kind == ValueKind.Number ? RuleNumber(row.Values[i].Number!.Value) : row.Values[i].Kind.ToString();
                }
            }
        }

        return figures;
    }

    private static string RuleNumber(decimal value) => value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);
}
