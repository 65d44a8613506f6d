namespace OpenGovLint.Core.Diagnostics;

/// <summary>Severities as LSP has them, plus <see cref="None"/> which turns a rule off.</summary>
public enum DiagnosticSeverity
{
    None = 0,
    Hint = 1,
    Info = 2,
    Warning = 3,
    Error = 4,
}

public static class DiagnosticSeverityNames
{
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Hint => "hint",
        _ => "none",
    };

    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            case "warning" or "warn":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "info" or "information" or "suggestion":
                severity = DiagnosticSeverity.Info;
                return true;
            case "hint" or "silent":
                severity = DiagnosticSeverity.Hint;
                return true;
            case "none" or "off":
                severity = DiagnosticSeverity.None;
                return true;
            default:
                severity = DiagnosticSeverity.None;
                return false;
        }
    }
}
