namespace OpenGovLint.Server.Protocol.Types;

/// <summary>A node of the document outline (for a report: its sections and tables).</summary>
public sealed class DocumentSymbol
{
    public required string Name { get; set; }

    public string? Detail { get; set; }

    public required SymbolKind Kind { get; set; }

    /// <summary>The whole extent of the symbol.</summary>
    public required Range Range { get; set; }

    /// <summary>The part to select when the symbol is picked, such as a heading; inside <see cref="Range"/>.</summary>
    public required Range SelectionRange { get; set; }

    public IReadOnlyList<DocumentSymbol>? Children { get; set; }
}
