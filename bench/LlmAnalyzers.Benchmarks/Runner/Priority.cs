using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace LlmAnalyzers.Benchmarks;

/// <summary>
/// On a shared machine, other processes stretch wall-clock timings (Roslyn's analyzer times are wall-clock).
/// Raising this process's priority, where permitted, keeps one core ours for the run.
/// </summary>
internal static class Priority
{
    private const int PrioProcess = 0;

    /// <summary>Sets the nice value of every thread (Linux nice is per thread; new threads inherit it). False if not permitted.</summary>
    public static bool TryRaise(int nice)
    {
        if (!OperatingSystem.IsLinux())
            return false;
        var threads = Directory.GetDirectories("/proc/self/task").Select(d => int.Parse(Path.GetFileName(d))).ToList();
        return threads.All(tid => SetPriority(PrioProcess, tid, nice) == 0);
    }

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int prio);
}
