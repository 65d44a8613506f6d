using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;
using OpenGovLint.Server.Handlers;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Features;

/// <summary>
/// A lens above table 3 with its three relations (<c>行合计 ✓ 25/25 · 办理结果总计 ✓ 7/7 · 勾稽关系 ✗ 6/7</c>,
/// holding/checked) and one above table 4 with its three group totals. Display only: the command is empty.
/// </summary>
public sealed class CodeLensFeature : ILanguageFeature
{
    private readonly AnalysisService _analysis;

    public CodeLensFeature(AnalysisService analysis)
    {
        _analysis = analysis;
    }

    public void Register(LspConnection connection) =>
        connection.On<CodeLensParams, CodeLens[]>(LspMethods.TextDocumentCodeLens, (p, cancellationToken) =>
        {
            var analysis = _analysis.GetCurrent(p.TextDocument.Uri, cancellationToken);
            return Task.FromResult(analysis is { IsMapped: false, Result.Document: { } document } ? Lenses(document, analysis.Language) : []);
        });

    public void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.CodeLensProvider = new CodeLensOptions { ResolveProvider = false };

    public static CodeLens[] Lenses(ReportDocument document, MessageLanguage language)
    {
        var lenses = new List<CodeLens>();
        var sums = TableRelations.Sums(document);
        if (document.Table3 is { } table3)
        {
            var balances = TableRelations.Balances(table3).ToList();
            var balance = (Checked: balances.Count, Holding: balances.Count(b => b.Holds));
            var title = string.Join(" · ", [
                Count(FeatureTexts.RowTotal(language), sums.Where(s => s.Kind == SumKind.Table3Row)),
                Count(FeatureTexts.ResultsTotal(language), sums.Where(s => s.Kind == SumKind.Table3Results)),
                Count(FeatureTexts.Balance(language), balance.Checked, balance.Holding),
            ]);
            lenses.Add(Lens(table3.StartLine, title));
        }

        if (document.Table4 is { } table4)
        {
            var groups = sums.Where(s => s.Kind == SumKind.Table4Group).ToList();
            var parts = Enumerable.Range(0, Table4Layout.Groups.Count).Select(g =>
            {
                var name = FeatureTexts.Table4Group(language, g);
                var sum = groups.FirstOrDefault(s => s.Label == Table4Layout.Groups[g]);
                return sum is null ? name + " –" : name + " " + (sum.Holds ? "✓" : "✗") + " " + TableRelations.Number(sum.Total.Number!.Value);
            });
            lenses.Add(Lens(table4.StartLine, string.Join(" · ", parts)));
        }

        return [.. lenses];
    }

    private static string Count(string name, IEnumerable<TableSum> sums)
    {
        var list = sums.ToList();
        return Count(name, list.Count, list.Count(s => s.Holds));
    }

    private static string Count(string name, int checkedCount, int holding) =>
        FormattableString.Invariant($"{name} {(holding == checkedCount ? "✓" : "✗")} {holding}/{checkedCount}");

    private static CodeLens Lens(int line, string title) => new()
    {
        Range = new Range(new Position(line, 0), new Position(line, 0)),

        // An empty command id makes the lens a label; there is nothing to run.
        Command = new Command { Title = title, CommandIdentifier = string.Empty },
    };
}
