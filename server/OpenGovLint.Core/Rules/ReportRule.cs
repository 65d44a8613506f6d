using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Core.Rules;

/// <summary>
/// A rule: reads the report model and reports findings through the context. Rules hold no state, so one instance
/// serves every document and thread. A rule that throws is reported as OGL9001 and the others still run.
/// </summary>
public abstract class ReportRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Analyze(RuleContext context);
}
