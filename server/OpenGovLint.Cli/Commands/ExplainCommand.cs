using OpenGovLint.Cli.Explain;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Cli.Commands;

/// <summary>
/// <c>opengovlint explain OGLnnnn</c> (or the rule's name): the rule's page from docs/rules/, or, for a rule without a
/// page, its title and description from the rule catalogue.
/// </summary>
internal sealed class ExplainCommand(CommandContext context)
{
    public int Run()
    {
        var operands = context.Arguments.Operands;
        if (operands.Count != 1)
        {
            context.Report("Error_ExplainNeedsRule");
            return ExitCodes.Failure;
        }

        if (RuleDescriptors.Find(operands[0].Trim()) is not { } descriptor)
        {
            context.Report("Error_UnknownRule", operands[0]);
            return ExitCodes.Failure;
        }

        if (RulePages.Find(descriptor.Id) is { } page)
        {
            context.Stdout.Write(page.ReplaceLineEndings("\n"));
            if (!page.EndsWith('\n'))
            {
                context.Stdout.WriteLine();
            }

            return ExitCodes.Success;
        }

        WriteFromCatalogue(descriptor);
        return ExitCodes.Success;
    }

    private void WriteFromCatalogue(DiagnosticDescriptor descriptor)
    {
        var language = context.Language;
        string fix = CliMessages.Get(language, descriptor.Fix switch
        {
            FixApplicability.Safe => "Fix_Safe",
            FixApplicability.Unsafe => "Fix_Unsafe",
            _ => "Fix_None",
        });
        var output = context.Stdout;
        output.WriteLine($"# {descriptor.Id} {descriptor.Name}: {descriptor.Title(language)}");
        output.WriteLine();
        output.WriteLine(descriptor.Description(language));
        output.WriteLine();
        output.WriteLine(CliMessages.Format(language, "Explain_Facts", descriptor.DefaultSeverity.ToName(), descriptor.Category.ToConfigName(), fix));
        output.WriteLine(CliMessages.Format(language, "Explain_Configure", descriptor.Id));
    }
}
