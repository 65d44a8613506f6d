namespace OpenGovLint.Core.Rules;

/// <summary>Every rule, in id order. Rules are stateless, so these instances are shared.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<ReportRule> All { get; } = [];
}
