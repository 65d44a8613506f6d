using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Rules;

/// <summary>
/// Runs the fixtures under <c>Fixtures/rules/&lt;ID&gt;/</c>: each states its expected findings of that rule inline with
/// <c>{|ID:…|}</c> markers; the rule must report exactly those spans, no more and no fewer. A fixture without markers is
/// a negative case: the rule must report nothing there.
/// </summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string dir in Directory.GetDirectories(Path.Combine(Fixtures.Root, "rules")).OrderBy(d => d, StringComparer.Ordinal))
        {
            foreach (string file in Directory.GetFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(dir), Path.GetFileNameWithoutExtension(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RuleReportsExactlyTheMarkedSpans(string ruleId, string fixture)
    {
        var (text, expected) = Markup.Parse(File.ReadAllText(Path.Combine(Fixtures.Root, "rules", ruleId, fixture + ".md")));
        // A fixture of a cross-year rule takes last year's report from previous-year/<fixture>.md.
        string previousPath = Path.Combine(Fixtures.Root, "rules", ruleId, "previous-year", fixture + ".md");
        var options = File.Exists(previousPath)
            ? AnalysisOptions.Default with { PreviousYear = ReportParser.Parse(File.ReadAllText(previousPath)) }
            : AnalysisOptions.Default;
        var result = new ReportAnalyzer().Analyze(text, options);

        var expectedSpans = expected.Where(e => e.Id == ruleId).Select(e => e.Span).OrderBy(s => s.Start).ToList();
        var actual = result.Diagnostics.Where(d => d.Id == ruleId).ToList();
        string Describe() => string.Join("\n", actual.Select(d => $"  {d.Span} {d.Range}: {d.Message} «{text[d.Span.Start..d.Span.End]}»"));
        Assert.True(expectedSpans.SequenceEqual(actual.Select(d => d.Span).OrderBy(s => s.Start)), $"expected {string.Join(", ", expectedSpans)}; actual:\n{Describe()}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL9001");
        if (fixture.StartsWith("positive", StringComparison.Ordinal))
        {
            Assert.NotEmpty(expectedSpans);
        }
    }

    [Fact]
    public void EveryImplementedRuleHasAPositiveAndANegativeFixture()
    {
        var cases = Cases().Select(c => ((string)c[0], (string)c[1])).ToList();
        foreach (var rule in RuleRegistry.All)
        {
            string id = rule.Descriptor.Id;
            Assert.Contains(cases, c => c.Item1 == id && c.Item2.StartsWith("positive", StringComparison.Ordinal));
            Assert.Contains(cases, c => c.Item1 == id && c.Item2.StartsWith("negative", StringComparison.Ordinal));
        }
    }
}
