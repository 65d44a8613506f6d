using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Handlers;

/// <summary>
/// A group of LSP handlers (document sync, diagnostics, code actions…). Each feature registers
/// its own methods and declares the capabilities it implements, so <c>initialize</c> never
/// advertises a method nobody handles.
/// </summary>
public interface ILanguageFeature
{
    void Register(LspConnection connection);

    /// <summary>Fills in this feature's part of the answer to <c>initialize</c>.</summary>
    void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client);
}
