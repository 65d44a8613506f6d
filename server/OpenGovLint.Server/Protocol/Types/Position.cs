namespace OpenGovLint.Server.Protocol.Types;

/// <summary>
/// A zero-based line and character offset. Characters count UTF-16 code units, LSP's default
/// position encoding, which is also how C# indexes strings.
/// </summary>
public readonly record struct Position(int Line, int Character);
