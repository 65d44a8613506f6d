using System.Text;

namespace OpenGovLint.Tests.Robustness;

/// <summary>Random damage to a report, of the kinds real drafts and broken files show. Deterministic for a given seed.</summary>
public sealed class DocumentMutator
{
    private static readonly string[] Strays = ["|", "\t", "（", "）", "(", ")", "【", "】", "||", " | ", "\u200B", "\uFEFF", "\u0000", "\u0007", "\uD800", "\uDC00", "99999999999999999999999999999999", "-1", "１２", "〔", "<!--", "-->", "<!-- opengovlint-disable -->", "# ", "## 三、", "\r", "\r\n", "一、", "（七）总计", "---|---"];

    private readonly Random random;

    public DocumentMutator(int seed)
    {
        random = new Random(seed);
    }

    public string Mutate(string text)
    {
        int operations = random.Next(1, 6);
        for (int i = 0; i < operations && text.Length > 0; i++)
        {
            text = random.Next(9) switch
            {
                0 => DeleteSpan(text),
                1 => DuplicateSpan(text),
                2 => Insert(text, Strays[random.Next(Strays.Length)]),
                3 => ShuffleLines(text),
                4 => Insert(text, new string('|', random.Next(1, 20))),
                5 => ReplaceDigits(text),
                6 => Insert(text, RandomChars(random.Next(1, 40))),
                7 => Truncate(text),
                _ => Insert(text, "\n" + Strays[random.Next(Strays.Length)] + "\n"),
            };
        }

        return text;
    }

    /// <summary>Byte-level damage: garbage, a truncated multi-byte sequence, or a BOM on the wrong encoding.</summary>
    public byte[] MutateBytes(byte[] bytes)
    {
        var list = bytes.ToList();
        switch (random.Next(4))
        {
            case 0:
                list = list.Take(random.Next(list.Count + 1)).ToList();
                break;
            case 1:
                for (int i = 0; i < random.Next(1, 30); i++)
                {
                    list.Insert(random.Next(list.Count + 1), (byte)random.Next(256));
                }

                break;
            case 2:
                list.InsertRange(0, new byte[] { 0xFF, 0xFE });
                break;
            default:
                var garbage = new byte[random.Next(1, 2000)];
                random.NextBytes(garbage);
                list.InsertRange(random.Next(list.Count + 1), garbage);
                break;
        }

        return list.ToArray();
    }

    private string DeleteSpan(string text)
    {
        int start = random.Next(text.Length);
        int length = Math.Min(text.Length - start, random.Next(1, 400));
        return text.Remove(start, length);
    }

    private string DuplicateSpan(string text)
    {
        int start = random.Next(text.Length);
        int length = Math.Min(text.Length - start, random.Next(1, 800));
        return text.Insert(random.Next(text.Length), text.Substring(start, length));
    }

    private string Insert(string text, string piece) => text.Insert(random.Next(text.Length + 1), piece);

    private string ShuffleLines(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < Math.Min(lines.Length, 10); i++)
        {
            int a = random.Next(lines.Length), b = random.Next(lines.Length);
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }

        return string.Join('\n', lines);
    }

    private string ReplaceDigits(string text)
    {
        var sb = new StringBuilder(text);
        for (int i = 0; i < sb.Length; i++)
        {
            if (char.IsAsciiDigit(sb[i]) && random.Next(5) == 0)
            {
                sb[i] = (char)('0' + random.Next(10));
            }
        }

        return sb.ToString();
    }

    private string Truncate(string text) => text[..random.Next(text.Length + 1)];

    private string RandomChars(int count)
    {
        var sb = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            sb.Append((char)random.Next(0, 0xFFFF));
        }

        return sb.ToString();
    }
}
