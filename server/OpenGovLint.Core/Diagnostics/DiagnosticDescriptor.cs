using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Diagnostics;

/// <summary>
/// What a rule reports, Roslyn style: a stable id, a kebab-case name, a category, a default severity, a help
/// link and the applicability of its fix. Title, message format and description come from the resources.
/// </summary>
public sealed class DiagnosticDescriptor
{
    public DiagnosticDescriptor(string id, string name, RuleCategory category, DiagnosticSeverity defaultSeverity, FixApplicability fix, EditionSet editions = EditionSet.All)
    {
        Id = id;
        Name = name;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Fix = fix;
        Editions = editions;
    }

    public string Id { get; }

    public string Name { get; }

    public RuleCategory Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public FixApplicability Fix { get; }

    /// <summary>
    /// The editions whose reports the rule checks (spec §7): a report is checked only by the rules of its own edition,
    /// so a 2017 report is not told it lacks the 2021 parts.
    /// </summary>
    public EditionSet Editions { get; }

    public bool AppliesTo(ReportEdition edition) => Editions.Contains(edition);

    /// <summary>The rule's page (<see cref="ProductLinks.RuleHelp"/>).</summary>
    public string HelpLink => ProductLinks.RuleHelp(Id);

    public string Title(MessageLanguage language) => Messages.Get(language, Id + "_Title");

    public string Description(MessageLanguage language) => Messages.Get(language, Id + "_Description");

    public override string ToString() => $"{Id} {Name}";
}
