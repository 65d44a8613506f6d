namespace OpenGovLint.Bench;

/// <summary>Where the repository, the corpus, the published CLI builds and the outputs live.</summary>
internal sealed class BenchPaths
{
    private BenchPaths(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Bench => Path.Combine(Root, "bench");

    public string Corpus => Path.Combine(Bench, ".corpus");

    public string Out => Path.Combine(Bench, ".out");

    public string Samples => Path.Combine(Root, "tests", "OpenGovLint.Tests", "Fixtures", "samples");

    public string CleanCanonical => Path.Combine(Root, "tests", "OpenGovLint.Tests", "Fixtures", "clean", "canonical-2025.md");

    public string AotCli => Path.Combine(Out, "cli-aot", "opengovlint");

    public string FrameworkCliFolder => Path.Combine(Out, "cli-fdd");

    public string FrameworkCli => Path.Combine(FrameworkCliFolder, "opengovlint.dll");

    /// <summary>Where <c>dotnet tool install --tool-path</c> puts the tool packed from HEAD.</summary>
    public string ToolFolder => Path.Combine(Out, "tool");

    /// <summary>The installed command, as a user runs it.</summary>
    public string InstalledTool => Path.Combine(ToolFolder, OperatingSystem.IsWindows() ? "opengovlint.exe" : "opengovlint");

    public string MarkdownlintCli2 => Path.Combine(Bench, "node", "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");

    public string FuzzFailures => Path.Combine(Out, "fuzz-failures");

    public string BigDocuments => Path.Combine(Out, "big");

    /// <summary>The real web pages and the Word files made from them, for the fuzz run's markup cases.</summary>
    public IReadOnlyList<string> PageFiles => Directory.GetFiles(Path.Combine(Root, "tests", "OpenGovLint.Tests", "Fixtures", "real"), "*.html").Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> DocxFiles => Directory.GetFiles(Path.Combine(Root, "tests", "OpenGovLint.Tests", "Fixtures", "markup"), "*.docx").Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> SampleFiles => Directory.GetFiles(Samples, "*.md").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The corpus files in a stable order (folder, then name).</summary>
    public IReadOnlyList<string> CorpusFiles() =>
        Directory.Exists(Corpus)
            ? Directory.GetFiles(Corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>Finds the repository from the working directory or the program's folder (the folder with OpenGovLint.sln).</summary>
    /// <summary>The repository the benchmark runs in, or null (with the reason on standard error) outside one.</summary>
    public static BenchPaths? TryLocate()
    {
        try
        {
            return Locate();
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine("opengovlint-bench: " + e.Message);
            return null;
        }
    }

    public static BenchPaths Locate()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenGovLint.sln")))
                {
                    return new BenchPaths(dir.FullName);
                }
            }
        }

        throw new InvalidOperationException("Run the benchmark inside the OpenGovLint repository (no OpenGovLint.sln found).");
    }
}
