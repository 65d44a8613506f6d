using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;
using OpenGovLint.Server.Handlers;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;
using Range = OpenGovLint.Server.Protocol.Types.Range;

namespace OpenGovLint.Server.Features;

/// <summary>The outline: the report's parts (standard or not) with the standard tables inside their part.</summary>
public sealed class DocumentSymbolFeature : ILanguageFeature
{
    private readonly AnalysisService _analysis;

    public DocumentSymbolFeature(AnalysisService analysis)
    {
        _analysis = analysis;
    }

    public void Register(LspConnection connection) =>
        connection.On<DocumentSymbolParams, DocumentSymbol[]>(LspMethods.TextDocumentDocumentSymbol, (p, cancellationToken) =>
        {
            var analysis = _analysis.GetCurrent(p.TextDocument.Uri, cancellationToken);
            return Task.FromResult(analysis is { IsMapped: false, Result.Document: { } document } ? Symbols(document, analysis.Language) : []);
        });

    public void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.DocumentSymbolProvider = true;

    public static DocumentSymbol[] Symbols(ReportDocument document, Core.Localization.MessageLanguage language)
    {
        var text = document.Text;
        var tables = document.Tables.ToList();
        var symbols = new List<DocumentSymbol>();

        // Tables before the first part (a report without headings) stay at the top level.
        foreach (var table in tables.Where(t => document.SectionAt(t.Span.Start) is null))
        {
            symbols.Add(TableSymbol(table, text, language));
        }

        foreach (var section in document.Sections)
        {
            // To where the next part begins: the end of the line before it, or, in flattened text, the next heading itself.
            int end = Math.Clamp(section.End, section.HeadingSpan.End, text.Length);
            int endLine = text.GetLineFromPosition(end);
            if (end == text.GetLineStart(endLine) && endLine > text.GetLineFromPosition(section.HeadingSpan.Start))
            {
                end = text.GetLineSpan(endLine - 1).End;
            }

            var range = new Range(Position(text, section.HeadingSpan.Start), Position(text, end));
            var children = tables.Where(t => ReferenceEquals(document.SectionAt(t.Span.Start), section)).Select(t => TableSymbol(t, text, language)).ToArray();
            symbols.Add(new DocumentSymbol
            {
                Name = text.GetText(section.HeadingSpan).Trim().TrimStart('#').Trim() is { Length: > 0 } heading ? heading : section.Title,
                Detail = section.Kind == SectionKind.Unknown ? null : section.CanonicalTitle,
                Kind = SymbolKind.Namespace,
                Range = range,
                SelectionRange = DiagnosticConverter.ToRange(text.GetLineRange(section.HeadingSpan)),
                Children = children.Length == 0 ? null : children,
            });
        }

        return [.. symbols];
    }

    private static DocumentSymbol TableSymbol(ReportTable table, SourceText text, Core.Localization.MessageLanguage language)
    {
        var range = new Range(Position(text, table.Span.Start), Position(text, table.Span.End));
        return new DocumentSymbol
        {
            Name = FeatureTexts.Table(language, (int)table.Kind),
            Detail = table.Kind switch
            {
                StandardTable.ActiveDisclosure => "主动公开政府信息情况",
                StandardTable.Applications => "收到和处理政府信息公开申请情况",
                _ => "政府信息公开行政复议、行政诉讼情况",
            },
            Kind = SymbolKind.Array,
            Range = range,
            SelectionRange = new Range(range.Start, range.Start),
        };
    }

    private static Position Position(SourceText text, int offset)
    {
        var p = text.GetLinePosition(offset);
        return new Position(p.Line, p.Character);
    }
}
