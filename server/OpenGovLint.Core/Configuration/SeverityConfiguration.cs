using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Core.Configuration;

/// <summary>
/// Severity overrides by rule id and by category. A rule's own setting wins over its category's, which wins over the
/// rule's default; <see cref="DiagnosticSeverity.None"/> turns a rule off.
/// </summary>
public sealed class SeverityConfiguration
{
    public static readonly SeverityConfiguration Empty = new(new Dictionary<string, DiagnosticSeverity>(), new Dictionary<RuleCategory, DiagnosticSeverity>());

    public SeverityConfiguration(IReadOnlyDictionary<string, DiagnosticSeverity> byRule, IReadOnlyDictionary<RuleCategory, DiagnosticSeverity> byCategory)
    {
        ByRule = byRule;
        ByCategory = byCategory;
    }

    public IReadOnlyDictionary<string, DiagnosticSeverity> ByRule { get; }

    public IReadOnlyDictionary<RuleCategory, DiagnosticSeverity> ByCategory { get; }

    public bool IsEmpty => ByRule.Count == 0 && ByCategory.Count == 0;

    public DiagnosticSeverity Resolve(DiagnosticDescriptor descriptor)
    {
        if (ByRule.TryGetValue(descriptor.Id, out var severity))
        {
            return severity;
        }

        if (ByCategory.TryGetValue(descriptor.Category, out severity))
        {
            return severity;
        }

        return descriptor.DefaultSeverity;
    }

    /// <summary>This configuration with <paramref name="overrides"/> laid on top (their settings win).</summary>
    public SeverityConfiguration With(SeverityConfiguration overrides)
    {
        if (overrides.IsEmpty)
        {
            return this;
        }

        var rules = new Dictionary<string, DiagnosticSeverity>(ByRule, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, severity) in overrides.ByRule)
        {
            rules[id] = severity;
        }

        var categories = new Dictionary<RuleCategory, DiagnosticSeverity>(ByCategory);
        foreach (var (category, severity) in overrides.ByCategory)
        {
            categories[category] = severity;
        }

        return new SeverityConfiguration(rules, categories);
    }

    /// <summary>Reads one setting key: a rule id or name, or <c>category-&lt;name&gt;</c>.</summary>
    public static bool TryParseKey(string key, out string? ruleId, out RuleCategory? category)
    {
        ruleId = null;
        category = null;
        if (key.StartsWith("category-", StringComparison.OrdinalIgnoreCase))
        {
            string name = key["category-".Length..];
            foreach (RuleCategory c in Enum.GetValues<RuleCategory>())
            {
                if (string.Equals(c.ToConfigName(), name, StringComparison.OrdinalIgnoreCase))
                {
                    category = c;
                    return true;
                }
            }

            return false;
        }

        if (RuleDescriptors.Find(key) is { } descriptor)
        {
            ruleId = descriptor.Id;
            return true;
        }

        return false;
    }

    /// <summary>Builds a configuration from key → severity pairs (editor settings); unknown keys are skipped.</summary>
    public static SeverityConfiguration FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var rules = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        var categories = new Dictionary<RuleCategory, DiagnosticSeverity>();
        foreach (var (key, value) in pairs)
        {
            if (!DiagnosticSeverityNames.TryParse(value, out var severity) || !TryParseKey(key, out string? id, out var category))
            {
                continue;
            }

            if (id is not null)
            {
                rules[id] = severity;
            }
            else if (category is { } c)
            {
                categories[c] = severity;
            }
        }

        return new SeverityConfiguration(rules, categories);
    }
}
