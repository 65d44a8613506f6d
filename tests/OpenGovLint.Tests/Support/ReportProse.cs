namespace OpenGovLint.Tests.Support;

/// <summary>
/// The running text of a generated report, independent of any layout: the title, the preamble, the six parts (each a
/// heading and its paragraphs; parts 二, 三 and 四 hold their table after their paragraphs) and the closing lines
/// (signature and date) after part 六.
/// </summary>
internal sealed record ReportProse(string Title, IReadOnlyList<string> Preamble, IReadOnlyList<ReportPart> Parts, IReadOnlyList<string> Closing);

/// <summary>One of the six parts: its heading (<c>一、总体情况</c>) and paragraphs, some opening with a sub-heading.</summary>
internal sealed record ReportPart(string Heading, IReadOnlyList<ProseParagraph> Paragraphs);

/// <summary>
/// A paragraph, optionally under a sub-heading such as <c>（一）主动公开</c>, which a layout writes on its own line or
/// runs into the text.
/// </summary>
internal sealed record ProseParagraph(string? SubHeading, string Text);
