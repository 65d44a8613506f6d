namespace OpenGovLint.Core.Localization;

/// <summary>The language of messages: Chinese by default, English on request.</summary>
public enum MessageLanguage
{
    Chinese,
    English,
}

public static class MessageLanguageNames
{
    /// <summary>Parses "zh", "zh-CN", "en", "en-US"…; anything else is not a language we have.</summary>
    public static bool TryParse(string? text, out MessageLanguage language)
    {
        string value = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (value.StartsWith("zh", StringComparison.Ordinal))
        {
            language = MessageLanguage.Chinese;
            return true;
        }

        if (value.StartsWith("en", StringComparison.Ordinal))
        {
            language = MessageLanguage.English;
            return true;
        }

        language = MessageLanguage.Chinese;
        return false;
    }
}
