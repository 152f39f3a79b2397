using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace LlmAnalyzers.Benchmarks;

/// <summary><paramref name="CpuShare"/>: process CPU time over wall time; well below 1 means other processes took the core.</summary>
internal sealed record CompileRun(TimeSpan Elapsed, double CpuShare, ImmutableArray<Diagnostic> Errors);

internal sealed record AnalysisRun(TimeSpan Wall, double CpuShare, ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry, ImmutableDictionary<string, int> DiagnosticCounts)
{
    /// <summary>With <c>--compare</c>: the compared build ran before this one.</summary>
    public bool CompareFirst { get; init; }

    /// <summary>LlmAnalyzers ran before CA2016 (<see cref="AnalyzerSet.AllLlmFirst"/>).</summary>
    public bool LlmFirst { get; init; }
}

internal static class Measure
{
    /// <summary>Compiler diagnostics (declarations and method bodies) of a fresh compilation: the compile time without analyzers.</summary>
    public static CompileRun Compile(Workload workload)
    {
        var compilation = workload.NewCompilation();
        Collect();
        var cpu = Cpu();
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = compilation.GetDiagnostics();
        stopwatch.Stop();
        return new CompileRun(stopwatch.Elapsed, (Cpu() - cpu) / stopwatch.Elapsed, diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray());
    }

    /// <summary>All analyzers over a fresh compilation, with execution times logged per analyzer.</summary>
    public static async Task<AnalysisRun> AnalyzeAsync(Workload workload, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var runner = workload.NewCompilation().WithAnalyzers(analyzers, Options(out var exceptions));
        Collect();
        var cpu = Cpu();
        var stopwatch = Stopwatch.StartNew();
        var result = await runner.GetAnalysisResultAsync(CancellationToken.None);
        stopwatch.Stop();
        var cpuShare = (Cpu() - cpu) / stopwatch.Elapsed;
        var diagnostics = result.GetAllDiagnostics();
        ThrowOnFailure(exceptions, diagnostics);
        var counts = diagnostics.GroupBy(d => d.Id).ToImmutableDictionary(g => g.Key, g => g.Count());
        return new AnalysisRun(stopwatch.Elapsed, cpuShare, result.AnalyzerTelemetryInfo, counts);
    }

    /// <summary>
    /// The IDE's question for one open document: its semantic analyzer diagnostics, from a fresh compilation whose
    /// compiler diagnostics for the document were computed first (the IDE needs those anyway). Returns the call's
    /// latency and the analyzers' summed execution time.
    /// </summary>
    public static async Task<(TimeSpan Latency, TimeSpan Execution)> DocumentAsync(Workload workload, SyntaxTree document, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var runner = workload.NewCompilation().WithAnalyzers(analyzers, Options(out var exceptions));
        var model = runner.Compilation.GetSemanticModel(document);
        model.GetDiagnostics();
        Collect();
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await runner.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
        stopwatch.Stop();
        ThrowOnFailure(exceptions, diagnostics);
        var execution = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
            execution += (await runner.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        return (stopwatch.Elapsed, execution);
    }

    private static CompilationWithAnalyzersOptions Options(out ConcurrentQueue<string> exceptions)
    {
        var queue = exceptions = new ConcurrentQueue<string>();
        return new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => queue.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
    }

    private static void ThrowOnFailure(ConcurrentQueue<string> exceptions, ImmutableArray<Diagnostic> diagnostics)
    {
        var failures = exceptions.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToList();
        if (failures.Count > 0)
            throw new InvalidOperationException("An analyzer failed:" + Environment.NewLine + string.Join(Environment.NewLine, failures.Distinct().Take(5)));
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
