using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text;

namespace OpenGovLint.Core.Localization;

/// <summary>
/// Message texts from the two resource files, Resources/MessagesZh.resx and Resources/MessagesEn.resx.
/// They are two neutral resource sets rather than a culture fallback chain, so the choice of language does not
/// depend on the process culture (the tools run with invariant globalization).
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Chinese =
        new("OpenGovLint.Core.Resources.MessagesZh", typeof(Messages).Assembly);

    private static readonly ResourceManager English =
        new("OpenGovLint.Core.Resources.MessagesEn", typeof(Messages).Assembly);

    public static string Get(MessageLanguage language, string key) =>
        TryGet(language, key) ?? TryGet(MessageLanguage.Chinese, key) ?? key;

    // ResourceManager.GetString takes a lock and walks the resource reader on every call; a report with many findings
    // asks for the same few keys thousands of times, from several threads at once in the CLI.
    private static readonly ConcurrentDictionary<(MessageLanguage Language, string Key), string?> Cache = new();

    public static string? TryGet(MessageLanguage language, string key) =>
        Cache.GetOrAdd((language, key), static k => (k.Language == MessageLanguage.English ? English : Chinese).GetString(k.Key, CultureInfo.InvariantCulture));

    public static string Format(MessageLanguage language, string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Formats.GetOrAdd((language, key), static k => CompositeFormat.Parse(Get(k.Language, k.Key))), args);

    // A message with figures is formatted for every finding (tens per report): its template is parsed once.
    private static readonly ConcurrentDictionary<(MessageLanguage Language, string Key), CompositeFormat> Formats = new();
}
