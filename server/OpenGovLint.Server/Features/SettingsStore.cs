using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenGovLint.Core.Localization;

namespace OpenGovLint.Server.Features;

/// <summary>
/// The settings in force: <c>initializationOptions</c> first, then whatever the client sends or
/// answers later. Every change bumps <see cref="Generation"/>, which invalidates cached analyses.
/// </summary>
public sealed class SettingsStore
{
    private readonly Action<LogLevel> _setLogLevel;
    private ServerSettings _initial = ServerSettings.Default;
    private volatile ServerSettings _current = ServerSettings.Default;
    private MessageLanguage _localeLanguage = MessageLanguage.Chinese;
    private int _generation;

    public SettingsStore(Action<LogLevel> setLogLevel)
    {
        _setLogLevel = setLogLevel;
    }

    /// <summary>Raised after the settings changed (after the .editorconfig files changed, too).</summary>
    public event Action? Changed;

    public ServerSettings Current => _current;

    public int Generation => Volatile.Read(ref _generation);

    /// <summary>The message language: the setting when set, else the client's locale, else Chinese.</summary>
    public MessageLanguage Language => _current.Language ?? _localeLanguage;

    /// <summary>Takes the client's locale and <c>initializationOptions</c> (the same shape as the settings section).</summary>
    public void Initialize(string? locale, JsonElement? initializationOptions)
    {
        _localeLanguage = MessageLanguageNames.TryParse(locale, out var language) ? language : MessageLanguage.Chinese;
        _initial = ServerSettings.Read(initializationOptions, ServerSettings.Default);
        _current = _initial;
        if (_current.LogLevel is { } level)
        {
            _setLogLevel(level);
        }
        Interlocked.Increment(ref _generation);
    }

    /// <summary>Replaces the editor settings; members the client leaves out fall back to the initialization options.</summary>
    public void Update(JsonElement? settings)
    {
        _current = ServerSettings.Read(settings, _initial);
        if (_current.LogLevel is { } level)
        {
            _setLogLevel(level);
        }
        Invalidate();
    }

    /// <summary>Marks every cached analysis stale and tells listeners to analyse again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Changed?.Invoke();
    }
}
