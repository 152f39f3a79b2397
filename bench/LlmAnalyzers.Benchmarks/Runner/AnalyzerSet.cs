using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Benchmarks;

/// <summary>Every analyzer of the LlmAnalyzers assembly, and NetAnalyzers' CA2016 analyzer as the baseline.</summary>
internal sealed record AnalyzerSet(ImmutableArray<DiagnosticAnalyzer> Llm, DiagnosticAnalyzer Ca2016, string NetAnalyzersVersion)
{
    /// <summary>The analyzers of another LlmAnalyzers build (<c>--compare</c>), run in the same compilations.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Compare { get; init; } = [];

    public const string Ca2016Id = "CA2016";

    public DiagnosticAnalyzer Baseline { get; } = new BaselineAnalyzer();

    /// <summary>
    /// In the order a NuGet consumer's build passes them to csc: the SDK's NetAnalyzers before package analyzers. The
    /// baseline first, so that it, not an analyzer under test, pays Roslyn's one-time costs per file.
    /// </summary>
    public ImmutableArray<DiagnosticAnalyzer> All => [Baseline, Ca2016, .. Llm, .. Compare];

    /// <summary>
    /// LlmAnalyzers before CA2016, for every other run: the first of two analyzers that read the same data pays most of
    /// the cache misses (a build against itself: 1.3–1.6×), though CA2016 and LlmAnalyzers read little in common.
    /// </summary>
    public ImmutableArray<DiagnosticAnalyzer> AllLlmFirst => [Baseline, .. Llm, .. Compare, Ca2016];

    /// <summary>With the compared build before this one: a comparison alternates the two.</summary>
    public ImmutableArray<DiagnosticAnalyzer> AllCompareFirst => [Baseline, Ca2016, .. Compare, .. Llm];

    /// <summary>LlmAnalyzers and CA2016 wrapped in <see cref="GcProbe"/>s (<c>--gc-probe</c>).</summary>
    public AnalyzerSet WithGcProbes() => this with { Llm = [.. Llm.Select(a => (DiagnosticAnalyzer)new GcProbe(a))], Ca2016 = new GcProbe(Ca2016) };

    public DiagnosticDescriptor Ca2016Descriptor => Ca2016.SupportedDiagnostics.First(d => d.Id == Ca2016Id);

    public static AnalyzerSet Load(string? compare)
        => new(CSharpAnalyzersIn(Assembly.Load("LlmAnalyzers")), LoadCa2016(out var version), version)
        {
            // Another build in its own load context, so that both builds can run side by side.
            Compare = compare is null ? [] : CSharpAnalyzersIn(new AssemblyLoadContext("compared").LoadFromAssemblyPath(Path.GetFullPath(compare))),
        };

    private static ImmutableArray<DiagnosticAnalyzer> CSharpAnalyzersIn(Assembly assembly)
    {
        var analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return analyzers.IsEmpty ? throw new InvalidOperationException($"No [DiagnosticAnalyzer] type in {assembly.Location}.") : analyzers;
    }

    private static DiagnosticAnalyzer LoadCa2016(out string version)
    {
        var directory = typeof(AnalyzerSet).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetAnalyzersDirectory").Value!;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };

        var loader = new DefaultContextLoader();
        var analyzer = Directory.GetFiles(directory, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => new AnalyzerFileReference(path, loader))
            .SelectMany(reference =>
            {
                reference.AnalyzerLoadFailed += (_, e) => Console.Error.WriteLine($"warning: {reference.FullPath}: {e.Message}");
                return reference.GetAnalyzers(LanguageNames.CSharp);
            })
            .FirstOrDefault(a => a.SupportedDiagnostics.Any(d => d.Id == Ca2016Id))
            ?? throw new InvalidOperationException($"No {Ca2016Id} analyzer in {directory}.");
        version = analyzer.GetType().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";
        return analyzer;
    }

    /// <summary>Loads analyzer DLLs into the default context, so they bind to the Roslyn this process runs.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
