namespace OpenGovLint.Core.Diagnostics;

/// <summary>
/// Where the product lives on the web. Every link the tools print or embed (the rule pages in SARIF, JSON, the HTML
/// report, the editor's hovers and diagnostics; the tool's home in SARIF) is built from <see cref="Repository"/>, so a
/// fork or a mirror changes this one line.
/// </summary>
public static class ProductLinks
{
    /// <summary>The repository's web address.</summary>
    public const string Repository = "https://github.com/opengovlint/opengovlint";

    /// <summary>The folder of rule pages (docs/rules/ on the main branch); a rule's page is <c>OGLnnnn.md</c> in it.</summary>
    public const string RuleHelpBase = Repository + "/blob/main/docs/rules/";

    /// <summary>The page of one rule.</summary>
    public static string RuleHelp(string ruleId) => RuleHelpBase + ruleId + ".md";
}
