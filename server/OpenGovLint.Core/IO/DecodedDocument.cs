using System.Text;

namespace OpenGovLint.Core.IO;

/// <summary>A document's text and how it was stored, so a fix can write it back the same way.</summary>
public sealed record DecodedDocument(string Text, Encoding Encoding, bool HasBom)
{
    /// <summary>Encodes text the way this document was stored (same encoding, same BOM).</summary>
    public byte[] Encode(string text)
    {
        byte[] body = Encoding.GetBytes(text);
        if (!HasBom)
        {
            return body;
        }

        byte[] preamble = Encoding.GetPreamble();
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }
}
