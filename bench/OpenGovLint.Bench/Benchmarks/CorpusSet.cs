using System.Text;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>The corpus files and their total size, read once; <see cref="Texts"/> decodes them (strict UTF-8).</summary>
internal sealed class CorpusSet
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private CorpusSet(IReadOnlyList<string> files, long bytes)
    {
        Files = files;
        Bytes = bytes;
    }

    public IReadOnlyList<string> Files { get; }

    public long Bytes { get; }

    public static CorpusSet Load(BenchContext context, int? limit = null)
    {
        var files = context.Paths.CorpusFiles();
        if (files.Count == 0)
        {
            throw new InvalidOperationException("No corpus: run `corpus` first.");
        }

        if (limit is { } n && n < files.Count)
        {
            files = files.Take(n).ToArray();
        }

        return new CorpusSet(files, files.Sum(f => new FileInfo(f).Length));
    }

    public string[] Texts() => Files.Select(f => StrictUtf8.GetString(File.ReadAllBytes(f))).ToArray();

    public static string Decode(byte[] bytes) => StrictUtf8.GetString(bytes);
}
