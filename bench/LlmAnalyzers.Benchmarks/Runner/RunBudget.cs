using System;
using System.Diagnostics;

namespace LlmAnalyzers.Benchmarks;

/// <summary>
/// Keeps the whole command under a time limit on a slow machine. A phase gets runs beyond its minimum only while the
/// time left also covers the minimum runs of every phase after it. Estimates come from the latest run, per line.
/// </summary>
internal sealed class RunBudget(TimeSpan limit)
{
    // A larger corpus costs more per line (a larger heap): 500k runs took 1.2× the 100k time per line.
    private const double LargerCorpusFactor = 1.25;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _secondsPerLine;
    private int _measuredLines;

    public TimeSpan Limit => limit;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Records one run (compile and analysis) over <paramref name="lines"/> lines.</summary>
    public void Record(int lines, TimeSpan run)
    {
        _secondsPerLine = run.TotalSeconds / lines;
        _measuredLines = lines;
    }

    /// <summary>The expected time of one run over <paramref name="lines"/> lines.</summary>
    public TimeSpan Estimate(int lines)
        => TimeSpan.FromSeconds(_secondsPerLine * lines * (lines > _measuredLines ? LargerCorpusFactor : 1));

    /// <summary>Is there time for <paramref name="next"/> and, after it, <paramref name="reserved"/>?</summary>
    public bool Allows(TimeSpan next, TimeSpan reserved) => _clock.Elapsed + next + reserved <= limit;
}
