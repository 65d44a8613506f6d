namespace OpenGovLint.Server.Protocol.Types;

/// <summary>Replaces <see cref="Range"/> with <see cref="NewText"/> (empty to delete, empty range to insert).</summary>
public sealed class TextEdit
{
    public required Range Range { get; set; }

    public required string NewText { get; set; }
}
