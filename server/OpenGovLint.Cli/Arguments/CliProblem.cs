using OpenGovLint.Cli.Localization;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Arguments;

/// <summary>
/// Something the command could not do, kept as a resource key and its arguments so that it is worded in the
/// language chosen on the command line, which may only be known after the problem was found.
/// </summary>
internal sealed record CliProblem(string Key, params string[] Arguments)
{
    public string Describe(MessageLanguage language) => CliMessages.Format(language, Key, Arguments);
}
