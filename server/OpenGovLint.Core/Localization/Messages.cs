using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

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
        string.Format(CultureInfo.InvariantCulture, Get(language, key), args);
}
