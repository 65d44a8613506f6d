using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Rules;

/// <summary>A clean canonical report with real, non-zero figures, and the template.</summary>
public sealed class CleanReportTests
{
    private static string CleanReport => File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md"));

    [Fact]
    public void CleanReportHasNoFinding()
    {
        var result = new ReportAnalyzer().Analyze(CleanReport);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void CleanReportIsReadCompletely()
    {
        var document = ReportParser.Parse(CleanReport);
        Assert.Equal(SectionCatalog.StandardKinds, document.Sections.Select(s => s.Kind));
        Assert.Equal(6, document.Table2!.RowList.Count);
        Assert.Equal(Table3Layout.Rows.Count, document.Table3!.RowList.Count);
        Assert.Equal(25m, document.Table3.Number(Table3Layout.NewReceived, Table3Layout.TotalColumn));
        Assert.Equal(4m, document.Table3.Number(Table3Layout.CarriedForward, Table3Layout.TotalColumn));
        Assert.Equal(2m, document.Table4!.ValueAt(0, 4)!.Number);
        Assert.Equal(0.5m, document.Table2.Row(Table2Layout.FeeRowKey)!.Values[0].Number);
        Assert.All(document.Tables, t => Assert.Equal(TableShape.PipeTable, t.Shape));
        Assert.Equal(2025, document.Title!.Year);
        Assert.Equal("示范市数据管理局", document.Title.Agency);
    }

    [Fact]
    public void TemplateIsCanonicalAndHasNoErrorOrWarning()
    {
        string template = ReportTemplate.Create("示范县人民政府办公室", 2026);
        var result = new ReportAnalyzer().Analyze(template);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Core.Diagnostics.DiagnosticSeverity.Warning && d.Id != "OGL5001");
        Assert.StartsWith("# 示范县人民政府办公室2026年政府信息公开工作年度报告", template, StringComparison.Ordinal);
    }
}
