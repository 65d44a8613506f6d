using OpenGovLint.Cli.Arguments;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Output;

internal static class FormatterFactory
{
    public static IReportFormatter Create(OutputFormat format, TextWriter writer, MessageLanguage language, string currentDirectory, bool verbose = false) => format switch
    {
        OutputFormat.Json => new JsonFormatter(writer),
        OutputFormat.Sarif => new SarifFormatter(writer, language, currentDirectory),
        OutputFormat.GitHub => new GitHubFormatter(writer),
        OutputFormat.Html => new HtmlFormatter(writer, language),
        _ => new TextFormatter(writer, language, verbose),
    };
}
