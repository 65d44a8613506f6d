using OpenGovLint.Cli.Arguments;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Cli.Output;
using OpenGovLint.Core.Diagnostics;

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
        foreach (var d in RuleDescriptors.All)
        {
            string fix = CliMessages.Get(context.Language, d.Fix switch
            {
                FixApplicability.Safe => "Fix_Safe",
                FixApplicability.Unsafe => "Fix_Unsafe",
                _ => "Fix_None",
            });
            context.Stdout.WriteLine($"{d.Id}  {d.Name.PadRight(nameWidth)}  {d.DefaultSeverity.ToName(),-7}  {fix,-6}  {d.Title(context.Language)}");
        }
    }

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
