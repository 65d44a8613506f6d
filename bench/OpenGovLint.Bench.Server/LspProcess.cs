using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace OpenGovLint.Bench.Server;

/// <summary>The server as a child process, with just enough of an LSP client to time it.</summary>
internal sealed class LspProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly Channel<(JsonNode Message, long Timestamp)> _messages = Channel.CreateUnbounded<(JsonNode, long)>();
    private readonly Task _reading;
    private int _nextId;

    private LspProcess(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _reading = Task.Run(ReadLoopAsync);
    }

    public int ProcessId => _process.Id;

    public static LspProcess Start(string serverPath)
    {
        var start = new ProcessStartInfo(serverPath, "--stdio")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + serverPath);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new LspProcess(process);
    }

    /// <summary>Sends a request and waits for its response (skipping anything else that arrives).</summary>
    public async Task<JsonNode> RequestAsync(string method, JsonNode? @params)
    {
        var id = Interlocked.Increment(ref _nextId);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = @params });
        while (true)
        {
            var (message, _) = await NextAsync();
            if (message["id"] is JsonValue value && value.TryGetValue<int>(out var answered) && answered == id && message["method"] is null)
            {
                return message;
            }
        }
    }

    public Task NotifyAsync(string method, JsonNode? @params) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = @params });

    /// <summary>Waits for the diagnostics of one document version; returns when they arrived (Stopwatch ticks).</summary>
    public async Task<long> DiagnosticsAsync(string uri, int version)
    {
        while (true)
        {
            var (message, timestamp) = await NextAsync();
            if ((string?)message["method"] == "textDocument/publishDiagnostics"
                && (string?)message["params"]!["uri"] == uri
                && message["params"]!["version"] is JsonValue v && v.GetValue<int>() == version)
            {
                return timestamp;
            }
        }
    }

    /// <summary>Resident memory of the server process, from /proc (Linux).</summary>
    public long ResidentKilobytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", null).WaitAsync(TimeSpan.FromSeconds(10));
            await NotifyAsync("exit", null);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private async Task<(JsonNode, long)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _messages.Reader.ReadAsync(timeout.Token);
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _input.WriteAsync(header);
        await _input.WriteAsync(body);
        await _input.FlushAsync();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var pending = new MemoryStream();
        while (true)
        {
            var read = await _output.ReadAsync(buffer);
            if (read == 0)
            {
                _messages.Writer.TryComplete();
                return;
            }

            var now = Stopwatch.GetTimestamp();
            pending.Write(buffer, 0, read);
            while (TryTakeFrame(pending, out var body))
            {
                _messages.Writer.TryWrite((JsonNode.Parse(body)!, now));
            }
        }
    }

    private static bool TryTakeFrame(MemoryStream pending, out byte[] body)
    {
        body = [];
        var data = pending.GetBuffer().AsSpan(0, (int)pending.Length);
        var headerEnd = data.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return false;
        }

        var header = Encoding.ASCII.GetString(data[..headerEnd]);
        var length = int.Parse(header.Split("\r\n").First(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var start = headerEnd + 4;
        if (data.Length < start + length)
        {
            return false;
        }

        body = data.Slice(start, length).ToArray();
        var rest = data[(start + length)..].ToArray();
        pending.SetLength(0);
        pending.Write(rest);
        return true;
    }
}
