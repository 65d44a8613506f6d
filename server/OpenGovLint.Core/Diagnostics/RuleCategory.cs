namespace OpenGovLint.Core.Diagnostics;

/// <summary>The blocks of the rule catalogue; each id range belongs to one.</summary>
public enum RuleCategory
{
    Structure,
    Tables,
    Consistency,
    Text,
    Hygiene,
    Analyzer,
}

public static class RuleCategoryNames
{
    /// <summary>The name used in configuration keys (<c>opengovlint_diagnostic.category-tables.severity</c>).</summary>
    public static string ToConfigName(this RuleCategory category) => category switch
    {
        RuleCategory.Structure => "structure",
        RuleCategory.Tables => "tables",
        RuleCategory.Consistency => "consistency",
        RuleCategory.Text => "text",
        RuleCategory.Hygiene => "hygiene",
        _ => "analyzer",
    };
}
