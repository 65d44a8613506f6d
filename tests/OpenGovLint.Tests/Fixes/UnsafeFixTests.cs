using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Fixes;

/// <summary>Unsafe fixes set totals to their sums; nothing can say which side of the balance is wrong.</summary>
public sealed class UnsafeFixTests
{
    private static string WrongTotals()
    {
        string clean = File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md"));
        // 二 is raised in 自然人 (the row still adds up): the balance breaks in two columns, and no fix may touch it.
        // Three totals are wrong as well: a row total, a （七）总计 cell, and a table-4 total.
        return clean
            .Replace("| 二、上年结转政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |", "| 二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |", StringComparison.Ordinal)
            .Replace("| （一）予以公开 | 10 | 2 | 0 | 0 | 1 | 0 | 13 |", "| （一）予以公开 | 10 | 2 | 0 | 0 | 1 | 0 | 14 |", StringComparison.Ordinal)
            .Replace("| （七）总计 | 19 | 3 | 0 | 1 | 1 | 0 | 24 |", "| （七）总计 | 19 | 3 | 0 | 1 | 1 | 1 | 24 |", StringComparison.Ordinal)
            .Replace("| 1 | 0 | 0 | 1 | 2 |", "| 1 | 0 | 0 | 1 | 3 |", StringComparison.Ordinal);
    }

    [Fact]
    public void UnsafeFixAllClearsTheTotalsAndLeavesTheBalance()
    {
        string text = WrongTotals();
        var before = new ReportAnalyzer().Analyze(text);
        Assert.Contains(before.Diagnostics, d => d.Id == "OGL3001");
        Assert.Contains(before.Diagnostics, d => d.Id == "OGL3002");
        Assert.Contains(before.Diagnostics, d => d.Id == "OGL3004");
        var balanceBefore = before.Diagnostics.Where(d => d.Id == "OGL3003").Select(d => d.Message).ToList();
        Assert.NotEmpty(balanceBefore);

        var safeOnly = new FixAllRunner().Run(text, AnalysisOptions.Default, includeUnsafe: false);
        Assert.Contains(safeOnly.Remaining.Diagnostics, d => d.Id == "OGL3002");

        var result = new FixAllRunner().Run(text, AnalysisOptions.Default, includeUnsafe: true);
        Assert.DoesNotContain(result.Remaining.Diagnostics, d => d.Id is "OGL3001" or "OGL3002" or "OGL3004");
        // The balance of 自然人 and 总计 still fails, word for word; the 其他 column's balance was only off because
        // of its wrong （七）总计 cell, which the results-total fix corrected.
        var balanceAfter = result.Remaining.Diagnostics.Where(d => d.Id == "OGL3003").Select(d => d.Message).ToList();
        Assert.Equal(2, balanceAfter.Count);
        Assert.All(balanceAfter, m => Assert.Contains(m, balanceBefore));
        Assert.Contains("| （一）予以公开 | 10 | 2 | 0 | 0 | 1 | 0 | 13 |", result.Text, StringComparison.Ordinal);
        Assert.Contains("| （七）总计 | 19 | 3 | 0 | 1 | 1 | 0 | 24 |", result.Text, StringComparison.Ordinal);
        Assert.Contains("| 1 | 0 | 0 | 1 | 2 |", result.Text, StringComparison.Ordinal);
    }
}
