namespace OpenGovLint.Cli.Arguments;

/// <summary>How findings are written: for people, for programs, for code scanning, for GitHub Actions, or as a page for reviewers.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
    Html,
}

internal static class OutputFormatNames
{
    public const string Accepted = "text, json, sarif, github, html";

    public static bool TryParse(string text, out OutputFormat format)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "text":
                format = OutputFormat.Text;
                return true;
            case "json":
                format = OutputFormat.Json;
                return true;
            case "sarif":
                format = OutputFormat.Sarif;
                return true;
            case "github":
                format = OutputFormat.GitHub;
                return true;
            case "html":
                format = OutputFormat.Html;
                return true;
            default:
                format = OutputFormat.Text;
                return false;
        }
    }
}
