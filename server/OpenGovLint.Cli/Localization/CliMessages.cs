using System.Globalization;
using System.Resources;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Cli.Localization;

/// <summary>
/// The command line's own texts (usage, input problems, summary) from Resources/CliZh.resx and Resources/CliEn.resx.
/// Like the analyser's messages they are two neutral resource sets, so the language follows <c>--lang</c> and never
/// the process culture (the tool runs with invariant globalization).
/// </summary>
internal static class CliMessages
{
    private static readonly ResourceManager Chinese = new("OpenGovLint.Cli.Resources.CliZh", typeof(CliMessages).Assembly);

    private static readonly ResourceManager English = new("OpenGovLint.Cli.Resources.CliEn", typeof(CliMessages).Assembly);

    public static string Get(MessageLanguage language, string key) =>
        (language == MessageLanguage.English ? English : Chinese).GetString(key, CultureInfo.InvariantCulture)
        ?? Chinese.GetString(key, CultureInfo.InvariantCulture)
        ?? key;

    public static string Format(MessageLanguage language, string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(language, key), args);

    /// <summary>"3 files" / "1 file" / "3 个文件": the count with its noun, from <c>{noun}_One</c> / <c>{noun}_Other</c>.</summary>
    public static string Count(MessageLanguage language, int count, string noun) =>
        Format(language, count == 1 ? noun + "_One" : noun + "_Other", count);
}
