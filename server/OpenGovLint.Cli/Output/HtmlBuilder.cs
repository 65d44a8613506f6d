using System.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// Writes HTML with every piece of text encoded. Markup is only ever written from constants here, so nothing read from
/// a report can open a tag. Void elements are closed (<c>&lt;br /&gt;</c>) so the page is also well-formed XML.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder sb = new();

    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        sb.Append('<').Append(tag);
        AppendAttributes(attributes);
        sb.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only encoded text.</summary>
    public HtmlBuilder Element(string tag, string text, params (string Name, string? Value)[] attributes) => Open(tag, attributes).Text(text).Close(tag);

    public HtmlBuilder Void(string tag, params (string Name, string? Value)[] attributes)
    {
        sb.Append('<').Append(tag);
        AppendAttributes(attributes);
        sb.Append(" />");
        return this;
    }

    public HtmlBuilder Text(string text)
    {
        HtmlEncoding.Append(sb, text, attribute: false);
        return this;
    }

    /// <summary>Markup written by this program (the page frame, the style sheet), never text from a report.</summary>
    public HtmlBuilder Markup(string markup)
    {
        sb.Append(markup);
        return this;
    }

    /// <summary>A line break in the source, so the page reads well when opened as text.</summary>
    public HtmlBuilder Line()
    {
        sb.Append('\n');
        return this;
    }

    public override string ToString() => sb.ToString();

    // An attribute with a null value is left out, so optional attributes need no branches at the call sites.
    private void AppendAttributes((string Name, string? Value)[] attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Value is null)
            {
                continue;
            }

            sb.Append(' ').Append(attribute.Name).Append("=\"");
            HtmlEncoding.Append(sb, attribute.Value, attribute: true);
            sb.Append('"');
        }
    }
}
