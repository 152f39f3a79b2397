using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Runtime;
using System.Threading;
using LlmAnalyzers.Configuration;
using LlmAnalyzers.Flow;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Benchmarks;

/// <summary>
/// <c>--requests</c>: the evaluation of each request of a corpus on its own, outside the analyzer driver, with warm
/// caches and after other data has pushed the request's code and data out of the CPU caches (as the driver's work
/// between two requests does). No garbage collection runs while a pass is timed.
/// </summary>
internal static class RequestCost
{
    private static readonly int[] EvictedMegabytes = [0, 16, 64];

    public static void Run(Workload workload, int passes)
    {
        var compilation = workload.NewCompilation();
        var model = SdkModel.Create(compilation, KnownSdks.All) ?? throw new InvalidOperationException("The corpus references no LLM SDK.");
        var state = new AnalysisState(model, ModelOverrides.Load([], CancellationToken.None), new AnalyzerOptions([]).AnalyzerConfigOptionsProvider);
        var requests = Requests(compilation, model);
        var filler = new long[EvictedMegabytes.Max() * 1024 * 1024 / sizeof(long)];

        Console.WriteLine($"## Evaluating one request ({workload.Corpus.Name}: {requests.Count:N0} requests; median of {passes} passes)");
        Console.WriteLine();
        Console.WriteLine("| Cache before each request | µs per request | Options flow | Response flow | Model limits | Rules and diagnostics | Bytes allocated per request |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|");
        foreach (var megabytes in EvictedMegabytes)
        {
            var passTimes = new List<double[]>();
            long bytes = 0;
            for (var pass = 0; pass <= passes; pass++)
            {
                GC.Collect();
                GC.TryStartNoGCRegion(200_000_000);
                var phases = new long[4];
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                foreach (var (invocation, call) in requests)
                {
                    Touch(filler, megabytes);
                    var start = Stopwatch.GetTimestamp();
                    var facts = new RequestFacts(invocation, call, state, CancellationToken.None);
                    var afterOptions = Stopwatch.GetTimestamp();
                    _ = facts.Response;
                    var afterResponse = Stopwatch.GetTimestamp();
                    _ = facts.Limits;
                    var afterLimits = Stopwatch.GetTimestamp();
                    LlmRequestAnalyzer.Evaluate(facts);
                    var end = Stopwatch.GetTimestamp();
                    phases[0] += afterOptions - start;
                    phases[1] += afterResponse - afterOptions;
                    phases[2] += afterLimits - afterResponse;
                    phases[3] += end - afterLimits;
                }

                bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / requests.Count;
                if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                    GC.EndNoGCRegion();
                if (pass > 0)
                    passTimes.Add(phases.Select(ticks => ticks * 1e6 / Stopwatch.Frequency / requests.Count).ToArray());
            }

            // The pass with the median total, so that its parts add up.
            var median = passTimes.OrderBy(p => p.Sum()).ElementAt(passTimes.Count / 2);
            var condition = megabytes == 0 ? "warm (one request after another)" : $"{megabytes} MB of other data read and written";
            Console.WriteLine($"| {condition} | {median.Sum():F1} | {median[0]:F1} | {median[1]:F1} | {median[2]:F1} | {median[3]:F1} | {bytes:N0} |");
        }

        Console.WriteLine();
    }

    /// <summary>The requests of the compilation, found as the driver finds them: every invocation of every member body.</summary>
    private static List<(IInvocationOperation Invocation, RequestCall Call)> Requests(Compilation compilation, SdkModel model)
    {
        var requests = new List<(IInvocationOperation, RequestCall)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var member in tree.GetRoot().DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax))
            {
                foreach (var invocation in semanticModel.GetOperation(member)?.Descendants().OfType<IInvocationOperation>() ?? [])
                {
                    if (model.TryGetRequest(invocation.TargetMethod, out var call))
                        requests.Add((invocation, call));
                }
            }
        }

        return requests;
    }

    private static void Touch(long[] filler, int megabytes)
    {
        var end = megabytes * 1024 * 1024 / sizeof(long);
        for (var i = 0; i < end; i += 8)
            filler[i]++;
    }
}
