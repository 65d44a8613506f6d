using System.Diagnostics;

namespace OpenGovLint.Server;

/// <summary>
/// Watches the client's process (<c>processId</c> in <c>initialize</c>) and reports when it is
/// gone, so a server whose editor crashed without sending <c>exit</c> does not linger.
/// </summary>
public static class ParentProcessWatcher
{
    /// <summary>Polls every <paramref name="interval"/>; completes once the process has exited.</summary>
    public static async Task WaitForExitAsync(int processId, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (IsAlive(processId))
        {
            await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            // No such process.
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exists but cannot be inspected (another user's process): assume it is alive.
            return true;
        }
    }
}
