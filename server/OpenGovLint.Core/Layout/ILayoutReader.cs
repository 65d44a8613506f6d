using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>Reads a document's text into layout blocks. A reader never throws on content: what it cannot place is prose.</summary>
public interface ILayoutReader
{
    LayoutDocument Read(SourceText text);
}
