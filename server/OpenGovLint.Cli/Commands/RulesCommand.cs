using OpenGovLint.Cli.Arguments;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Cli.Output;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Cli.Commands;

/// <summary><c>opengovlint rules</c>: the rule catalogue, as a table or as JSON.</summary>
internal sealed class RulesCommand(CommandContext context)
{
    public int Run()
    {
        var format = context.Arguments.Format;
        if (format is not (OutputFormat.Text or OutputFormat.Json))
        {
            context.Report("Error_BadRulesFormat", format.ToString().ToLowerInvariant());
            return ExitCodes.Failure;
        }

        if (context.Arguments.Operands.Count > 0)
        {
            context.Report("Error_UnexpectedArgument", context.Arguments.Operands[0]);
            return ExitCodes.Failure;
        }

        if (format == OutputFormat.Json)
        {
            WriteJson();
        }
        else
        {
            WriteTable();
        }

        return ExitCodes.Success;
    }

    private void WriteTable()
    {
        int nameWidth = RuleDescriptors.All.Max(d => d.Name.Length);
        var editions = RuleDescriptors.All.ToDictionary(d => d.Id, d => EditionsText(d.Editions));
        int editionsWidth = editions.Values.Max(e => DisplayWidth(e));
        foreach (var d in RuleDescriptors.All)
        {
            string fix = CliMessages.Get(context.Language, d.Fix switch
            {
                FixApplicability.Safe => "Fix_Safe",
                FixApplicability.Unsafe => "Fix_Unsafe",
                _ => "Fix_None",
            });
            string edition = editions[d.Id] + new string(' ', editionsWidth - DisplayWidth(editions[d.Id]));
            context.Stdout.WriteLine($"{d.Id}  {d.Name.PadRight(nameWidth)}  {d.DefaultSeverity.ToName(),-7}  {fix,-6}  {edition}  {d.Title(context.Language)}");
        }
    }

    /// <summary>The editions a rule checks, for the table: 全部 / all, or each one (2019 试行、2021).</summary>
    private string EditionsText(EditionSet set) =>
        set == EditionSet.All
            ? CliMessages.Get(context.Language, "Editions_All")
            : string.Join(CliMessages.Get(context.Language, "Editions_Separator"), set.Members().Select(e => CliMessages.Get(context.Language, "Edition_" + e)));

    // Chinese characters take two columns of a terminal: pad by what the text shows, not by its length.
    private static int DisplayWidth(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);

    private void WriteJson()
    {
        using var json = new JsonStream(context.Stdout);
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("version", JsonFormatter.SchemaVersion);
        w.WriteStartArray("rules");
        foreach (var d in RuleDescriptors.All)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("name", d.Name);
            w.WriteString("category", d.Category.ToConfigName());
            w.WriteString("defaultSeverity", d.DefaultSeverity.ToName());
            w.WriteString("fix", d.Fix.ToString().ToLowerInvariant());
            w.WriteStartArray("editions");
            foreach (var edition in d.Editions.Members())
            {
                w.WriteStringValue(edition.Code());
            }

            w.WriteEndArray();
            w.WriteString("title", d.Title(context.Language));
            w.WriteString("description", d.Description(context.Language));
            w.WriteString("helpUri", d.HelpLink);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        json.Complete();
    }
}
