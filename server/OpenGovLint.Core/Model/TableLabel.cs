using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>A row, column or caption label as written, with the canonical text it was recognised as.</summary>
public sealed record TableLabel(string Text, TextSpan Span, int Line, string Canonical, TitleMatch Match);
