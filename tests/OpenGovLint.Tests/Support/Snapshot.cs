using System.Runtime.CompilerServices;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// Snapshot assertions: the text is compared with <c>Snapshots/&lt;name&gt;.verified.txt</c> beside the test source. On a
/// mismatch the actual text is written to <c>&lt;name&gt;.received.txt</c> for review and the test fails. A snapshot is
/// accepted only by a person: <c>OGL_ACCEPT=1</c> writes it, and never under <c>CI=true</c>.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        string verified = Path.Combine(directory, name + ".verified.txt");
        string received = Path.Combine(directory, name + ".received.txt");
        actual = Normalize(actual);

        bool accept = Environment.GetEnvironmentVariable("OGL_ACCEPT") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        string? expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        if (accept)
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}. Review {received} and accept it with OGL_ACCEPT=1."
            : $"Snapshot {name} differs. Compare {received} with {verified}; accept with OGL_ACCEPT=1 if the change is intended.\n{FirstDifference(expected, actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>";
            string al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return string.Empty;
    }
}
