using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using LlmAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace LlmAnalyzers.Benchmarks;

/// <summary>Prints the results as Markdown, ready to paste into docs/performance.md.</summary>
internal sealed class Report(AnalyzerSet analyzers)
{
    private readonly List<CorpusResult> _corpora = [];

    public DocumentResult? Document { get; set; }

    public void Add(CorpusResult result) => _corpora.Add(result);

    public static string SizeName(int lines) => lines % 1000 == 0 ? $"{lines / 1000}k" : lines.ToString(CultureInfo.InvariantCulture);

    public void Header(Settings settings, ImmutableArray<ICallSnippets> sdks)
    {
        Console.WriteLine("## Results");
        Console.WriteLine();
        Console.WriteLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"- Machine: {Cpu()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"- Roslyn {Version(typeof(Compilation).Assembly)}; LlmAnalyzers {Version(analyzers.Llm[0].GetType().Assembly)} ({string.Join(", ", analyzers.Llm.Select(Name))}); "
            + $"NetAnalyzers {analyzers.NetAnalyzersVersion} ({Name(analyzers.Ca2016)}, {AnalyzerSet.Ca2016Id} default {(analyzers.Ca2016Descriptor.IsEnabledByDefault ? "on" : "off, enabled here")})");
        Console.WriteLine($"- Corpus: seed {settings.Seed}, {CorpusGenerator.LinesPerFile}-line files, one LLM request per ~{CorpusGenerator.LinesPerCall} lines from: {string.Join(", ", sdks.Select(s => $"{s.Name} ({s.VariantCount} variants)"))}");
        Console.WriteLine($"- Up to {settings.Runs} runs ({2 * settings.Runs} below 50k lines, {settings.LargeRuns} above 200k, {Math.Min(settings.Runs, 3)} without an LLM SDK), fewer when more would take the command past {settings.Minutes:0.#} minutes "
            + $"(never fewer than one per analyzer order; the Runs column gives each corpus's count), {settings.Warmups} warm-up before the first corpus; compile and analysis single-threaded; "
            + "every run on a fresh compilation (metadata symbols shared, as in a compiler server)");
        Console.WriteLine("- Runs alternate the analyzer order. CA2016 first, as a NuGet consumer's build passes them to csc (the SDK's NetAnalyzers before package analyzers): "
            + "the figures without a qualifier are the median of these runs. LlmAnalyzers first, in case reading a member first costs them more: "
            + "the \"LlmAnalyzers first\" figures are the median of those runs.");
        Console.WriteLine();
    }

    public void Print(TimeSpan elapsed)
    {
        var llm = analyzers.Llm;
        var llmIds = llm.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();

        Console.WriteLine("### Whole compilation");
        Console.WriteLine();
        Console.WriteLine("| Corpus | Lines | Files | LLM calls | Runs | Compile (ms) | LlmAnalyzers (ms) | CA2016 (ms) | LlmAnalyzers / CA2016 | LlmAnalyzers / compile | LlmAnalyzers ms per 1k lines | CA2016 ms per 1k lines | LlmAnalyzers first (ms) | LlmAnalyzers first / compile | Diagnostics (LLM IDs with none left out) | CPU share | Corpus hash |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|---|");
        foreach (var r in _corpora)
        {
            var llmMs = r.Ms(llm);
            var caMs = r.Ms(analyzers.Ca2016);
            var kLines = r.Corpus.Lines / 1000.0;
            var diagnostics = string.Join(", ", llmIds.Where(id => r.Count(id) > 0).Append(AnalyzerSet.Ca2016Id).Select(id => $"{id}: {r.Count(id)}"));
            var first = r.MsLlmFirst(llm);
            Console.WriteLine($"| {r.Corpus.Name} | {r.Corpus.Lines:N0} | {r.Corpus.Files.Length} | {r.Corpus.LlmCalls} | {r.Analyses.Count} | {r.CompileMs:F0} | {llmMs:F1} | {caMs:F1} | {llmMs / caMs:F2}× | {llmMs / r.CompileMs:P2} | {llmMs / kLines:F3} | {caMs / kLines:F3} | {first:F1} | {first / r.CompileMs:P2} | {diagnostics} | {r.CpuShare:P0} | {r.Corpus.Hash} |");
        }

        if (_corpora.Any(r => r.CpuShare < 0.9))
        {
            Console.WriteLine();
            Console.WriteLine("**Warning:** a CPU share below 90 % means other processes took the core during the runs, which inflates these wall-clock times.");
        }

        if (!analyzers.Compare.IsEmpty)
        {
            Console.WriteLine();
            Console.WriteLine("### Against the compared build");
            Console.WriteLine();
            Console.WriteLine("| Corpus | This build (ms) | Compared build (ms) | This / compared (order-balanced) |");
            Console.WriteLine("|---|--:|--:|--:|");
            foreach (var r in _corpora.Where(r => !r.Corpus.Sdks.IsEmpty))
                Console.WriteLine($"| {r.Corpus.Name} | {r.Ms(llm):F1} | {r.Ms(analyzers.Compare):F1} | {r.CompareRatio(llm, analyzers.Compare):F3} |");
        }

        Console.WriteLine();
        Console.WriteLine("### Per analyzer");
        Console.WriteLine();
        Console.WriteLine("| Corpus | Analyzer | Execution (ms) | Actions registered: operation / all but compilation start |");
        Console.WriteLine("|---|---|--:|---|");
        foreach (var r in _corpora)
        {
            foreach (var analyzer in analyzers.All)
            {
                var t = r.Telemetry(analyzer);
                Console.WriteLine($"| {r.Corpus.Name} | {Name(analyzer)} | {r.Ms(analyzer):F1} | {t.OperationActionsCount} / {OtherActions(t)} |");
            }
        }

        if (Document is { } d)
        {
            Console.WriteLine();
            Console.WriteLine("### IDE: one document");
            Console.WriteLine();
            Console.WriteLine($"`GetAnalyzerSemanticDiagnosticsAsync(semanticModel, null)` for one {d.Lines:N0}-line document with {d.LlmCalls} LLM calls in a 20k-line project; "
                + $"each run on a fresh compilation whose compiler diagnostics for the document were computed first; median of {d.Runs.Count} runs. "
                + "The baseline analyzer does no work of its own: its latency is Roslyn's cost of running any operation analyzer on the document. "
                + "An IDE asks all of a project's analyzers in one request, so the *added* latency is what an analyzer costs there: "
                + "the request for the baseline and that analyzer minus the request for the baseline alone (median of the per-run differences).");
            Console.WriteLine();
            Console.WriteLine("| LlmAnalyzers latency (ms) | LlmAnalyzers execution time (ms) | LlmAnalyzers added latency (ms) | CA2016 latency (ms) | CA2016 added latency (ms) | Baseline latency (ms) |");
            Console.WriteLine("|--:|--:|--:|--:|--:|--:|");
            Console.WriteLine($"| {d.LlmMs:F1} | {d.LlmExecutionMs:F1} | {d.LlmAddedMs:F1} | {d.Ca2016Ms:F1} | {d.Ca2016AddedMs:F1} | {d.BaselineMs:F1} |");
        }

        Console.WriteLine();
        Console.WriteLine("### Budgets");
        Console.WriteLine();
        Console.WriteLine("| Budget | Measured | Verdict |");
        Console.WriteLine("|---|---|---|");
        var withSdk = _corpora.Where(r => !r.Corpus.Sdks.IsEmpty).ToList();
        foreach (var r in withSdk.Where(r => r.Corpus.Lines >= 100_000))
            Budget($"LlmAnalyzers ≤ 1.0× CA2016 ({r.Corpus.Name})", r.Ms(llm) / r.Ms(analyzers.Ca2016), 1.0, "F2", "×");
        foreach (var r in withSdk)
            Budget($"LlmAnalyzers ≤ 1 % of compile time ({r.Corpus.Name})", 100 * r.Ms(llm) / r.CompileMs, 1.0, "F2", " %");
        foreach (var r in withSdk)
        {
            if (r.MsLlmFirst(llm) is { } first)
                Budget($"LlmAnalyzers ≤ 1 % of compile time ({r.Corpus.Name}, LlmAnalyzers first)", 100 * first / r.CompileMs, 1.0, "F2", " %");
        }

        var (smallest, largest) = (withSdk.MinBy(r => r.Corpus.Lines), withSdk.MaxBy(r => r.Corpus.Lines));
        if (smallest is not null && largest is not null && smallest != largest)
        {
            double PerKLine(CorpusResult r) => r.Ms(llm) / (r.Corpus.Lines / 1000.0);
            var change = 100 * (PerKLine(largest) / PerKLine(smallest) - 1);
            Row($"Time per 1k lines within ±20 % ({smallest.Corpus.Name} → {largest.Corpus.Name})",
                $"{PerKLine(smallest):F3} → {PerKLine(largest):F3} ms ({change:+0.0;-0.0} %)", Math.Abs(change) <= 20);
        }

        if (Document is not null)
        {
            Budget($"{Document.Lines:N0}-line document ≤ 30 ms median: whole call", Document.LlmMs, 30, "F1", " ms");
            Budget($"{Document.Lines:N0}-line document ≤ 30 ms median: latency LlmAnalyzers add to the IDE's request", Document.LlmAddedMs, 30, "F1", " ms");
            Budget($"{Document.Lines:N0}-line document ≤ 30 ms median: LlmAnalyzers execution time", Document.LlmExecutionMs, 30, "F1", " ms");
        }
        foreach (var r in _corpora.Where(r => r.Corpus.Sdks.IsEmpty))
        {
            var registered = r.Analyses.Sum(a => llm.Sum(x => OtherActions(a.Telemetry[x])));
            Row($"No SDK ({r.Corpus.Name}): zero actions registered by LlmAnalyzers", $"{registered} (operation actions: {llm.Sum(x => r.Telemetry(x).OperationActionsCount)}), {r.Ms(llm):F2} ms", registered == 0);
        }

        Console.WriteLine();
        Console.WriteLine($"Total benchmark time: {elapsed.TotalSeconds:F0} s.");
    }

    private static void Budget(string name, double value, double limit, string format, string unit)
        => Row(name, value.ToString(format, CultureInfo.InvariantCulture) + unit, value <= limit);

    private static void Row(string name, string measured, bool met)
        => Console.WriteLine($"| {name} | {measured} | {(met ? "met" : "**missed**")} |");

    /// <summary>Every registered action except compilation start, the one an analyzer needs to decide to do nothing.</summary>
    private static int OtherActions(AnalyzerTelemetryInfo t)
        => t.CompilationEndActionsCount + t.CompilationActionsCount + t.SyntaxTreeActionsCount + t.AdditionalFileActionsCount
           + t.SemanticModelActionsCount + t.SymbolActionsCount + t.SymbolStartActionsCount + t.SymbolEndActionsCount
           + t.SyntaxNodeActionsCount + t.CodeBlockStartActionsCount + t.CodeBlockEndActionsCount + t.CodeBlockActionsCount
           + t.OperationActionsCount + t.OperationBlockStartActionsCount + t.OperationBlockEndActionsCount + t.OperationBlockActionsCount;

    private static string Name(DiagnosticAnalyzer analyzer) => analyzer.GetType().Name;

    private static string Version(Assembly assembly)
        => assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion is { } v
            ? (v.Contains('+') ? v[..Math.Min(v.Length, v.IndexOf('+') + 9)] : v)
            : assembly.GetName().Version?.ToString() ?? "?";

    private static string Cpu()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
                return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
