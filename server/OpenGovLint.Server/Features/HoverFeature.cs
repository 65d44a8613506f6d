using OpenGovLint.Core.Analysis;
using System.Text;
using OpenGovLint.Core.Localization;
using OpenGovLint.Server.Handlers;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Features;

/// <summary>
/// Hover (markdown): on a finding, its rule (id, name, title, description, link); on a total cell
/// of tables 3 and 4, the arithmetic behind it, whether or not it adds up.
/// </summary>
public sealed class HoverFeature : ILanguageFeature
{
    private readonly AnalysisService _analysis;

    public HoverFeature(AnalysisService analysis)
    {
        _analysis = analysis;
    }

    public void Register(LspConnection connection) =>
        connection.On<HoverParams, Hover?>(LspMethods.TextDocumentHover, (p, cancellationToken) => Task.FromResult(Hover(p, cancellationToken)));

    public void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.HoverProvider = true;

    private Hover? Hover(HoverParams p, CancellationToken cancellationToken)
    {
        if (_analysis.GetCurrent(p.TextDocument.Uri, cancellationToken) is not { IsMapped: false } analysis || analysis.Result.Document is not { } document)
        {
            return null;
        }

        var offset = analysis.Document.GetOffset(p.Position);
        var language = analysis.Language;
        var text = new StringBuilder();
        Range? range = null;

        foreach (var sum in TableRelations.Sums(document).Where(s => s.Total.Span.Start <= offset && offset <= s.Total.Span.End))
        {
            Separate(text);
            text.Append(Arithmetic(sum, language));
            range ??= DiagnosticConverter.ToRange(document.Text.GetLineRange(sum.Total.Span));
        }

        // One entry per rule, even when a rule reports the same place twice.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in analysis.Result.Diagnostics.Where(d => d.Span.Start <= offset && offset <= d.Span.End))
        {
            if (!seen.Add(diagnostic.Id))
            {
                continue;
            }

            var descriptor = diagnostic.Descriptor;
            Separate(text);
            text.Append("**").Append(descriptor.Id).Append("** `").Append(descriptor.Name).Append("` — ").Append(descriptor.Title(language)).Append("\n\n")
                .Append(descriptor.Description(language)).Append("\n\n")
                .Append('[').Append(FeatureTexts.RuleLink(language)).Append("](").Append(descriptor.HelpLink).Append(')');
            range ??= DiagnosticConverter.ToRange(diagnostic.Range);
        }

        return text.Length == 0 ? null : new Hover { Contents = new MarkupContent { Kind = MarkupKind.Markdown, Value = text.ToString() }, Range = range };
    }

    /// <summary><c>总计 = 5 + 3 + 0 + 0 + 2 + 1 = 11 ✓</c>, or <c>… = 11 ✗ 表中为 12</c>.</summary>
    public static string Arithmetic(TableSum sum, MessageLanguage language)
    {
        var line = new StringBuilder()
            .Append(FeatureTexts.Total(language)).Append(" = ")
            .AppendJoin(" + ", sum.Parts.Select(p => TableRelations.Number(p.Number!.Value)))
            .Append(" = ").Append(TableRelations.Number(sum.Sum)).Append(' ')
            .Append(sum.Holds ? "✓" : FeatureTexts.TableSays(language, TableRelations.Number(sum.Total.Number!.Value)));
        return "**" + Heading(sum, language) + "**\n\n" + line;
    }

    private static string Heading(TableSum sum, MessageLanguage language) => sum.Kind switch
    {
        SumKind.Table3Row => FeatureTexts.RowTotal(language) + "：" + sum.Label,
        SumKind.Table3Results => FeatureTexts.ResultsTotal(language) + "：" + sum.Label,
        _ => FeatureTexts.Table(language, 4) + "：" + sum.Label,
    };

    private static void Separate(StringBuilder text)
    {
        if (text.Length > 0)
        {
            text.Append("\n\n---\n\n");
        }
    }
}
