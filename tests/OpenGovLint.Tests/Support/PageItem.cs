namespace OpenGovLint.Tests.Support;

/// <summary>What a piece of a web page's text is: the renderings of page text break and join pieces by their kind.</summary>
internal enum PageItemKind
{
    Title,
    Heading,
    SubHeading,
    Paragraph,
    Caption,
    Header,
    Label,
    Value,
    Closing,
}

/// <summary>
/// One piece of a report's page text in reading order (a heading, a paragraph, a table cell); a value knows its row
/// and column.
/// </summary>
internal sealed record PageItem(PageItemKind Kind, string Text, string? RowKey = null, int Column = -1);
