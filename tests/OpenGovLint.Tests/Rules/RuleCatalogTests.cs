using System.Xml.Linq;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Rules;

/// <summary>Every rule in the catalogue is documented: a page under docs/rules/, and its texts in both languages.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleDescriptors.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void RuleHasADocumentationPage(string id)
    {
        string page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"no page {page}");
        string text = File.ReadAllText(page);
        Assert.Contains(RuleDescriptors.Find(id)!.Name, text, StringComparison.Ordinal);
        Assert.Contains("English", text, StringComparison.Ordinal);
        Assert.Contains($"({id}.md)", File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void RulePageSaysWhichEditionsTheRuleChecks(string id)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));
        string row = text.Split('\n').Single(l => l.StartsWith("| 适用版本 |", StringComparison.Ordinal));
        var editions = RuleDescriptors.Find(id)!.Editions;
        foreach (var edition in new[] { ReportEdition.Before2019, ReportEdition.Trial2019, ReportEdition.Edition2021 })
        {
            Assert.Equal(editions.Contains(edition), row.Contains($"`{edition.Code()}`", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void RuleHasTitleDescriptionAndMessageInBothLanguages(string id)
    {
        foreach (string language in new[] { "Zh", "En" })
        {
            var keys = ResourceKeys(language);
            Assert.True(keys.TryGetValue(id + "_Title", out string? title) && title.Length > 0, $"{language}: no {id}_Title");
            Assert.True(keys.TryGetValue(id + "_Description", out string? description) && description.Length > 0, $"{language}: no {id}_Description");
            Assert.Contains(keys.Keys, k => k.StartsWith(id + "_", StringComparison.Ordinal) && k != id + "_Title" && k != id + "_Description" && !k.EndsWith("_Fix", StringComparison.Ordinal));
        }
    }

    private static Dictionary<string, string> ResourceKeys(string language)
    {
        string path = Path.Combine(RepositoryRoot(), "server", "OpenGovLint.Core", "Resources", $"Messages{language}.resx");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? string.Empty);
    }

    private static string RepositoryRoot() => Cli.CliRun.RepositoryRoot();
}
