using OpenGovLint.Core.Layout.Readers.Markup;

namespace OpenGovLint.Core.Layout.Readers;

public sealed class DocxLayoutReader
{
    public static DocxLayoutReader Instance { get; } = new();

    public MarkupReadResult Read(byte[] bytes, CancellationToken cancellationToken = default) => MarkupReadResult.Unreadable(MarkupProblem.Corrupt);
}
