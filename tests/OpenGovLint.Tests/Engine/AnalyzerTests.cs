using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Configuration;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Rules;
using OpenGovLint.Core.Text;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Engine;

/// <summary>The engine's promises: isolation of rule failures, suppressions, severities, languages.</summary>
public sealed class AnalyzerTests
{
    private static string Sample(string name) => Fixtures.ReadSample(name);

    [Fact]
    public void ARuleThatThrowsIsReportedAndTheOthersStillRun()
    {
        var rules = RuleRegistry.All.Append(new ThrowingRule()).ToArray();
        var result = new ReportAnalyzer(rules).Analyze(Sample("004_967f38775ba27571"));

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "OGL9001");
        Assert.Contains("OGL1001", failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Id == "OGL2003");
    }

    [Fact]
    public void UndecodableBytesGetOnlyOgl9002()
    {
        byte[] bytes = [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10];
        var (result, decoded) = new ReportAnalyzer().AnalyzeBytes(bytes, AnalysisOptions.Default);
        Assert.Null(decoded);
        Assert.Equal("OGL9002", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void SeverityConfigurationChangesAndTurnsOffRules()
    {
        var severities = SeverityConfiguration.FromPairs([new("OGL2003", "warning"), new("category-tables", "none"), new("number-format", "error")]);
        var result = new ReportAnalyzer().Analyze(new SourceText(Sample("004_967f38775ba27571")), AnalysisOptions.Default with { Severities = severities });

        Assert.All(result.Diagnostics.Where(d => d.Id == "OGL2003"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(result.Diagnostics, d => d.Id == "OGL2003");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL2002");
    }

    [Fact]
    public void DisableNextLineAndRangesSuppress()
    {
        string text = Sample("001_005a5aad0509405d");
        Assert.Contains(new ReportAnalyzer().Analyze(text).Diagnostics, d => d.Id == "OGL1003");

        string suppressed = text
            .Replace("五、存在问题及改进措施", "<!-- opengovlint-disable-next-line OGL1003 -->\n\n五、存在问题及改进措施", StringComparison.Ordinal)
            .Replace("六、需要说明的其他事项", "<!-- opengovlint-disable OGL1003 -->\n六、需要说明的其他事项\n<!-- opengovlint-enable OGL1003 -->", StringComparison.Ordinal);
        var result = new ReportAnalyzer().Analyze(suppressed);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL1003");
        Assert.Contains(result.Diagnostics, d => d.Id == "OGL2005");
    }

    [Fact]
    public void MessagesFollowTheLanguage()
    {
        var english = new ReportAnalyzer().Analyze(new SourceText(Sample("004_967f38775ba27571")), AnalysisOptions.Default with { Language = MessageLanguage.English });
        var chinese = new ReportAnalyzer().Analyze(Sample("004_967f38775ba27571"));
        var en = english.Diagnostics.First(d => d.Id == "OGL2003").Message;
        var zh = chinese.Diagnostics.First(d => d.Id == "OGL2003").Message;
        Assert.Contains("holds 6 values instead of 7", en, StringComparison.Ordinal);
        Assert.Contains("有 6 个数值，应为 7 个", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticsAreSortedByPosition()
    {
        var result = new ReportAnalyzer().Analyze(Sample("000_29e1783e63094bdd"));
        Assert.Equal(result.Diagnostics.OrderBy(d => d.Span.Start).Select(d => d.Span.Start), result.Diagnostics.Select(d => d.Span.Start));
    }

    [Fact]
    public void WhatARuleReportedBeforeFailing_IsDropped_AndTheOthersAreKept()
    {
        var rules = RuleRegistry.All.Append(new ReportsThenThrowsRule()).ToArray();
        var result = new ReportAnalyzer(rules).Analyze(Sample("004_967f38775ba27571"));

        Assert.Single(result.Diagnostics, d => d.Id == "OGL9001");
        Assert.DoesNotContain(result.Diagnostics, d => d.Message == ReportsThenThrowsRule.Partial);
        Assert.Contains(result.Diagnostics, d => d.Id == "OGL2003");
    }

    private sealed class ThrowingRule : ReportRule
    {
        public override DiagnosticDescriptor Descriptor => RuleDescriptors.MissingSection;

        public override void Analyze(RuleContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class ReportsThenThrowsRule : ReportRule
    {
        public const string Partial = "reported before the failure";

        public override DiagnosticDescriptor Descriptor => RuleDescriptors.MissingSection;

        public override void Analyze(RuleContext context)
        {
            context.Report(new TextSpan(0, 1), Partial);
            throw new InvalidOperationException("boom after a finding");
        }
    }
}
