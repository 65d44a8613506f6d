namespace OpenGovLint.Server.Protocol.Types;

public sealed class PublishDiagnosticsClientCapabilities
{
    public bool? RelatedInformation { get; set; }

    /// <summary>Whether the client uses the <c>version</c> of published diagnostics to drop stale ones.</summary>
    public bool? VersionSupport { get; set; }

    public bool? CodeDescriptionSupport { get; set; }

    public bool? DataSupport { get; set; }
}
