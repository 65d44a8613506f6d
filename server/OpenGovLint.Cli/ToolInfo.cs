using System.Reflection;

namespace OpenGovLint.Cli;

/// <summary>The tool's name, version and home, as written into JSON and SARIF output.</summary>
internal static class ToolInfo
{
    public const string Name = "opengovlint";

    public const string DisplayName = "OpenGovLint";

    public const string InformationUri = Core.Diagnostics.ProductLinks.Repository;

    /// <summary>The package version, without the source revision that the SDK appends after '+'.</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        string? version = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(version))
        {
            return "0.0.0";
        }

        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
