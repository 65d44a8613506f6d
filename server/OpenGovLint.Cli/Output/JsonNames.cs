using System.Text.Json;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// The property names every finding repeats, encoded once: a name given as a string is transcoded and checked for
/// escaping on every write, and a corpus run writes each of them hundreds of thousands of times.
/// </summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");

    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");

    public static readonly JsonEncodedText Range = JsonEncodedText.Encode("range");

    public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");

    public static readonly JsonEncodedText HelpUri = JsonEncodedText.Encode("helpUri");

    public static readonly JsonEncodedText Fixes = JsonEncodedText.Encode("fixes");

    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

    public static readonly JsonEncodedText Applicability = JsonEncodedText.Encode("applicability");

    public static readonly JsonEncodedText Edits = JsonEncodedText.Encode("edits");

    public static readonly JsonEncodedText NewText = JsonEncodedText.Encode("newText");

    public static readonly JsonEncodedText Related = JsonEncodedText.Encode("related");

    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

    public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

    public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");

    public static readonly JsonEncodedText Character = JsonEncodedText.Encode("character");
}
