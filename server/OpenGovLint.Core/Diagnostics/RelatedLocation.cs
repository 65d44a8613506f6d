using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Diagnostics;

/// <summary>Another place a finding involves, such as every cell of a sum.</summary>
public sealed record RelatedLocation(TextSpan Span, LineRange Range, string Message);
