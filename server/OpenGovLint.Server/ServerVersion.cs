using System.Reflection;

namespace OpenGovLint.Server;

/// <summary>The server's version, from the assembly's informational version (set by the build).</summary>
public static class ServerVersion
{
    public static string Current { get; } =
        typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
