namespace OpenGovLint.Core.Layout;

/// <summary>The format a report was read from: the reader it went through, and how findings are placed in it.</summary>
public enum SourceFormat
{
    /// <summary>Markdown or plain text: the text is the source.</summary>
    Text,

    /// <summary>A web page: findings map to the page source.</summary>
    Html,

    /// <summary>A Word file (.docx): findings map to paragraphs and table cells.</summary>
    Docx,
}
