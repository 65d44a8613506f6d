using OpenGovLint.Core.Layout.Readers;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>
/// Lays out a text document, whatever it was pasted or scraped from: the line reader first (Markdown drafts and the
/// pasted shapes of spec §5), then each recovery step in turn, each of which re-reads only what its layout explains.
/// </summary>
public sealed class TextLayoutReader : ILayoutReader
{
    public static TextLayoutReader Instance { get; } = new();

    public LayoutDocument Read(SourceText text) => FlattenedTextReader.Apply(ArchiveHeaderReader.Apply(LineReader.Instance.Read(text)));
}
