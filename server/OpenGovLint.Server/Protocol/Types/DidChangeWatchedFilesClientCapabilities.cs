namespace OpenGovLint.Server.Protocol.Types;

public sealed class DidChangeWatchedFilesClientCapabilities
{
    /// <summary>Whether file watchers can be registered at run time with <c>client/registerCapability</c>.</summary>
    public bool? DynamicRegistration { get; set; }

    public bool? RelativePatternSupport { get; set; }
}
