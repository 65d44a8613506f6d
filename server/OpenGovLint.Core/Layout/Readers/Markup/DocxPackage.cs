using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>The parts of a Word file the reader renders: the main document's <c>w:body</c>, its styles and its numbering.</summary>
internal sealed record DocxParts(XElement Body, XElement? Styles, XElement? Numbering);

/// <summary>
/// Finds the parts of a Word package the reader needs as Office finds them: the main document through the package's
/// relationships (<c>_rels/.rels</c>), its styles and numbering through the main part's own relationships, never by a
/// fixed path (a package may name its parts as it likes). Each part is parsed with no DTD, no external resource and at
/// most <see cref="DocxLayoutReader.MaxPartCharacters"/> characters. A package that is not whole — no content types,
/// no main document, a named part missing, a part that is not well-formed XML or has the wrong root — throws
/// <see cref="InvalidDataException"/> or <see cref="XmlException"/>.
/// </summary>
internal sealed class DocxPackage
{
    private const string ContentTypesEntry = "[Content_Types].xml";

    /// <summary>Relationship types are compared whole, under either vocabulary: transitional or Strict.</summary>
    private const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>Resolves relationship targets: a part name is the path of a URI in this made-up authority.</summary>
    private static readonly Uri PackageRoot = new("http://package/");

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = DocxLayoutReader.MaxPartCharacters,

        // White space is text: a w:t of spaces written without xml:space="preserve" still parts two words.
        IgnoreWhitespace = false,
    };

    private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.OrdinalIgnoreCase);

    private DocxPackage(ZipArchive zip)
    {
        foreach (var entry in zip.Entries)
        {
            // Part names are case-insensitive; a folder entry is no part.
            if (!entry.FullName.EndsWith('/'))
            {
                entries.TryAdd(entry.FullName, entry);
            }
        }
    }

    public static DocxParts Read(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var package = new DocxPackage(zip);
        if (!package.entries.TryGetValue(ContentTypesEntry, out var contentTypes) || Parse(contentTypes)?.Name != ContentTypes + "Types")
        {
            throw new InvalidDataException("The package has no content types.");
        }

        var (mainName, mainType) = package.Related("/", "officeDocument") ?? throw new InvalidDataException("The package names no main document.");

        // A Strict package's parts are read as transitional ones, as Office reads them.
        bool strict = mainType.StartsWith(StrictRelationships, StringComparison.Ordinal);
        var document = package.Load(mainName, Wml.Document, strict);
        var body = document?.Element(Wml.Body) ?? throw new InvalidDataException("The main document has no body.");
        var styles = package.Related(mainName, "styles") is var (stylesName, _) ? package.Load(stylesName, Wml.Styles, strict) : null;
        var numbering = package.Related(mainName, "numbering") is var (numberingName, _) ? package.Load(numberingName, Wml.Numbering, strict) : null;
        return new DocxParts(body, styles, numbering);
    }

    /// <summary>The part the first internal relationship of a type from <paramref name="source"/> targets, and that type.</summary>
    private (string Name, string Type)? Related(string source, string type)
    {
        foreach (var (relationshipType, target) in Relationships(source))
        {
            if (relationshipType == TransitionalRelationships + type || relationshipType == StrictRelationships + type)
            {
                return (Resolve(source, target) ?? throw new InvalidDataException("A relationship targets no part of the package."), relationshipType);
            }
        }

        return null;
    }

    /// <summary>
    /// The internal relationships of a part (of the package, for <c>/</c>), in the order written; none when the part
    /// has no relationships part.
    /// </summary>
    private List<(string Type, string Target)> Relationships(string source)
    {
        var relationships = new List<(string, string)>();
        int slash = source.LastIndexOf('/');
        string relationshipsPart = source[..(slash + 1)] + "_rels/" + source[(slash + 1)..] + ".rels";
        if (!entries.TryGetValue(relationshipsPart[1..], out var entry) || Parse(entry) is not { } root)
        {
            return relationships;
        }

        if (root.Name != PackageRelationships + "Relationships")
        {
            throw new InvalidDataException("A relationships part is not one.");
        }

        foreach (var relationship in root.Elements(PackageRelationships + "Relationship"))
        {
            string? type = relationship.Attribute("Type")?.Value;
            string? target = relationship.Attribute("Target")?.Value;
            if (type is null || target is null)
            {
                throw new InvalidDataException("A relationship has no type or target.");
            }

            if (relationship.Attribute("TargetMode")?.Value != "External")
            {
                relationships.Add((type, target));
            }
        }

        return relationships;
    }

    /// <summary>
    /// The part name (<c>/word/styles.xml</c>) a relationship target names: a URI reference relative to the part that
    /// holds the relationship (<c>styles.xml</c>, <c>../word/styles.xml</c>) or to the package (<c>/word/styles.xml</c>);
    /// null for one outside the package (<c>http://…</c>).
    /// </summary>
    private static string? Resolve(string source, string target)
    {
        if (!Uri.TryCreate(new Uri(PackageRoot, source), target, out var uri) || uri.Scheme != PackageRoot.Scheme || uri.Authority != PackageRoot.Authority)
        {
            return null;
        }

        return uri.AbsolutePath;
    }

    /// <summary>A part's root element, which must be <paramref name="root"/>; null for a part too short to hold one.</summary>
    private XElement? Load(string name, XName root, bool strict)
    {
        if (!entries.TryGetValue(name[1..], out var entry))
        {
            throw new InvalidDataException("A part the document names is missing.");
        }

        var element = Parse(entry);
        if (element is not null && strict)
        {
            Wml.ToTransitional(element);
        }

        if (element is not null && element.Name != root)
        {
            throw new InvalidDataException("A part holds something other than its content.");
        }

        return element;
    }

    /// <summary>
    /// A part's root element, read up to the root's end as Office's own libraries read a part: what follows the root is
    /// never read, so damage after it does not cost the file. Null when the part is under four bytes, too short to hold
    /// any element (an empty part).
    /// </summary>
    private static XElement? Parse(ZipArchiveEntry entry)
    {
        if (entry.Length < 4)
        {
            return null;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, XmlSettings);
        return reader.MoveToContent() == XmlNodeType.Element ? (XElement)XNode.ReadFrom(reader) : null;
    }
}
