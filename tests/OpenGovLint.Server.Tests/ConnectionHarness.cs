using Microsoft.Extensions.Logging;
using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Tests;

/// <summary>
/// A bare <see cref="LspConnection"/> with test handlers, connected to a <see cref="TestClient"/>.
/// Test methods are used so these tests do not depend on which features the server registers.
/// </summary>
internal sealed class ConnectionHarness : IAsyncDisposable
{
    private ConnectionHarness(Action<LspConnection>? register, ILogger? logger)
    {
        Client = new TestClient();
        Connection = new LspConnection(Client.ServerInput, Client.ServerOutput, logger);
        Connection.On<InitializeParams, InitializeResult>(LspMethods.Initialize, (_, _) =>
            Task.FromResult(new InitializeResult { Capabilities = new ServerCapabilities() }));

        // Echoes the command name: exercises params, results and non-ASCII text.
        Connection.On<ExecuteCommandParams, string>("test/echo", (p, _) => Task.FromResult(p.Command));

        // Never finishes on its own: only cancellation ends it.
        Connection.On<ExecuteCommandParams, string>("test/slow", async (_, cancellationToken) =>
        {
            SlowStarted.TrySetResult();
            await Task.Delay(System.Threading.Timeout.Infinite, cancellationToken);
            return "finished";
        });
        Connection.On<ExecuteCommandParams, string>("test/throw", (p, _) => throw new InvalidOperationException("boom: " + p.Command));
        register?.Invoke(Connection);
        Running = Connection.RunAsync();
    }

    public TestClient Client { get; }

    public LspConnection Connection { get; }

    public Task Running { get; }

    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static ConnectionHarness Start(Action<LspConnection>? register = null, ILogger? logger = null) => new(register, logger);

    public static async Task<ConnectionHarness> StartInitializedAsync(Action<LspConnection>? register = null, ILogger? logger = null)
    {
        var harness = Start(register, logger);
        await harness.Client.InitializeAsync();
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        Client.CloseServerInput();
        await Running.WaitAsync(TestClient.Timeout);
        await Client.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
