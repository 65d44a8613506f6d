using OpenGovLint.Core.Localization;

namespace OpenGovLint.Core.Diagnostics;

/// <summary>
/// What a rule reports, Roslyn style: a stable id, a kebab-case name, a category, a default severity, a help
/// link and the applicability of its fix. Title, message format and description come from the resources.
/// </summary>
public sealed class DiagnosticDescriptor
{
    public DiagnosticDescriptor(string id, string name, RuleCategory category, DiagnosticSeverity defaultSeverity, FixApplicability fix)
    {
        Id = id;
        Name = name;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Fix = fix;
    }

    public string Id { get; }

    public string Name { get; }

    public RuleCategory Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public FixApplicability Fix { get; }

    /// <summary>The rule's page (<see cref="ProductLinks.RuleHelp"/>).</summary>
    public string HelpLink => ProductLinks.RuleHelp(Id);

    public string Title(MessageLanguage language) => Messages.Get(language, Id + "_Title");

    public string Description(MessageLanguage language) => Messages.Get(language, Id + "_Description");

    public override string ToString() => $"{Id} {Name}";
}
