using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.Benchmarks;
using LlmAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// The fewest runs when time is short: one per analyzer order; three IDE rounds. The IDE project, besides the document.
const int MinimumRuns = 2;
const int MinimumDocumentRuns = 3;
const int IdeProjectLines = 20_000;

var settings = Settings.Parse(args);
var budget = new RunBudget(TimeSpan.FromMinutes(settings.Minutes));
var analyzers = AnalyzerSet.Load(settings.Compare);
if (settings.GcProbe)
    analyzers = analyzers.WithGcProbes();
ImmutableArray<ICallSnippets> sdks = [new OpenAIChatSnippets(), new OpenAIResponsesSnippets(), new AnthropicSnippets(), new ExtensionsAISnippets()];
var generator = new CorpusGenerator(settings.Seed, sdks);

// CA2016 must run; enable it only if NetAnalyzers ships it disabled.
var ca2016Options = analyzers.Ca2016Descriptor.IsEnabledByDefault
    ? ImmutableDictionary<string, ReportDiagnostic>.Empty
    : ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(AnalyzerSet.Ca2016Id, ReportDiagnostic.Warn);

var report = new Report(analyzers);
if (settings.Requests)
{
    foreach (var size in settings.Sizes)
        RequestCost.Run(new Workload(generator.Generate(Report.SizeName(size), size), ca2016Options), settings.Runs);
    return 0;
}

var first = true;
report.Header(settings, sdks);

for (var i = 0; i < settings.Sizes.Length; i++)
{
    var later = settings.Sizes[(i + 1)..];
    report.Add(await RunCorpusAsync(new Workload(generator.Generate(Report.SizeName(settings.Sizes[i]), settings.Sizes[i]), ca2016Options), () => MinimumTimeAfter(later)));
}

if (settings.NoSdkLines > 0)
    report.Add(await RunCorpusAsync(new Workload(new CorpusGenerator(settings.Seed, []).Generate($"{Report.SizeName(settings.NoSdkLines)} no SDK", settings.NoSdkLines), ca2016Options), () => MinimumTimeAfter([], noSdk: false)));
if (settings.DocumentRuns > 0)
    report.Document = await RunDocumentAsync();

report.Print(budget.Elapsed);
return 0;

// Fewer runs where a run is long, more where the times are small and noisy. Without an SDK what counts is that
// nothing is registered, which one run shows; three give its (near-zero) time a median.
int RunsFor(GeneratedCorpus corpus)
    => corpus.LlmCalls == 0 ? Math.Min(settings.Runs, 3)
        : corpus.Lines > 200_000 ? Math.Min(settings.Runs, settings.LargeRuns)
        : corpus.Lines < 50_000 ? 2 * settings.Runs
        : settings.Runs;

// Without an SDK, one run shows that nothing is registered.
int MinimumRunsFor(GeneratedCorpus corpus) => Math.Min(RunsFor(corpus), corpus.LlmCalls == 0 ? 1 : MinimumRuns);

// The minimum runs of the phases after the current one: the larger corpora, the corpus without an SDK, the IDE scenario.
TimeSpan MinimumTimeAfter(ImmutableArray<int> sizes, bool noSdk = true)
{
    var total = TimeSpan.Zero;
    foreach (var size in sizes)
        total += MinimumRuns * budget.Estimate(size);
    if (noSdk && settings.NoSdkLines > 0)
        total += budget.Estimate(settings.NoSdkLines);
    if (settings.DocumentRuns > 0)
        total += (settings.Warmups + Math.Min(settings.DocumentRuns, MinimumDocumentRuns)) * budget.Estimate(IdeProjectLines + settings.DocumentLines);
    return total;
}

async Task<CorpusResult> RunCorpusAsync(Workload workload, Func<TimeSpan> reserved)
{
    var corpus = workload.Corpus;
    Progress($"{corpus.Name}: {corpus.Lines:N0} lines in {corpus.Files.Length} files, {corpus.LlmCalls} LLM calls");
    var compiles = new List<CompileRun>();
    var analyses = new List<AnalysisRun>();
    // JIT and metadata are warm after the first corpus: later ones get no warm-up.
    var warmups = first ? settings.Warmups : 0;
    first = false;
    for (var run = -warmups; run < RunsFor(corpus); run++)
    {
        if (run >= MinimumRunsFor(corpus) && !budget.Allows(budget.Estimate(corpus.Lines), reserved()))
        {
            StoppingAfter(run);
            break;
        }

        var started = budget.Elapsed;
        var compile = Measure.Compile(workload);
        if (!compile.Errors.IsEmpty)
            throw new InvalidOperationException($"The {corpus.Name} corpus does not compile ({compile.Errors.Length} errors):{Environment.NewLine}{string.Join(Environment.NewLine, compile.Errors.Take(10))}");
        // Every other run swaps an order: the compared build and this one, or else LlmAnalyzers and CA2016.
        var swapped = run % 2 != 0;
        var (compareFirst, llmFirst) = analyzers.Compare.IsEmpty ? (false, swapped) : (swapped, false);
        var analysis = await Measure.AnalyzeAsync(workload, compareFirst ? analyzers.AllCompareFirst : llmFirst ? analyzers.AllLlmFirst : analyzers.All);
        Progress($"  {(run < 0 ? "warm-up" : "run " + (run + 1))}: compile {compile.Elapsed.TotalMilliseconds:F0} ms (CPU share {compile.CpuShare:P0}), "
            + $"analysis {analysis.Wall.TotalMilliseconds:F0} ms (CPU share {analysis.CpuShare:P0}), LlmAnalyzers {analyzers.Llm.Sum(a => analysis.Telemetry[a].ExecutionTime.TotalMilliseconds):F1} ms, "
            + $"CA2016 {analysis.Telemetry[analyzers.Ca2016].ExecutionTime.TotalMilliseconds:F1} ms ({(llmFirst ? "LlmAnalyzers first" : "CA2016 first")})"
            + (analyzers.Compare.IsEmpty ? "" : $", compared build {analyzers.Compare.Sum(a => analysis.Telemetry[a].ExecutionTime.TotalMilliseconds):F1} ms ({(compareFirst ? "first" : "second")})"));
        if (settings.GcProbe)
            Progress($"    GC pauses inside the callbacks: {GcPauses(analyzers.Llm)}, LlmAnalyzers; {GcPauses([analyzers.Ca2016])}, CA2016");
        budget.Record(corpus.Lines, budget.Elapsed - started);
        if (run < 0)
            continue;
        compiles.Add(compile);
        analyses.Add(analysis with { CompareFirst = compareFirst, LlmFirst = llmFirst });
    }

    return new CorpusResult(corpus, compiles, analyses);
}

async Task<DocumentResult> RunDocumentAsync()
{
    // The open document sits in a 20k-line project, as in an IDE.
    var project = generator.Generate("IDE", IdeProjectLines);
    var document = generator.File(project.Files.Length, settings.DocumentLines);
    var workload = new Workload(project with { Files = project.Files.Add(document) }, ca2016Options);
    var tree = workload.Trees[^1];
    Progress($"IDE: one {document.Lines:N0}-line document with {document.LlmCalls} LLM calls in a {workload.Corpus.Lines:N0}-line compilation");
    // Interleaved, so drift hits all alike. An IDE asks all analyzers in one request, so what an analyzer adds to the
    // latency is the request with it and the baseline minus the request with the baseline alone.
    var runs = new List<DocumentRun>();
    var lastRun = TimeSpan.Zero;
    for (var run = -settings.Warmups; run < settings.DocumentRuns; run++)
    {
        if (run >= MinimumDocumentRuns && !budget.Allows(lastRun, TimeSpan.Zero))
        {
            StoppingAfter(run);
            break;
        }

        var started = budget.Elapsed;
        var llm = await Measure.DocumentAsync(workload, tree, analyzers.Llm);
        var ca2016 = await Measure.DocumentAsync(workload, tree, [analyzers.Ca2016]);
        var baseline = await Measure.DocumentAsync(workload, tree, [analyzers.Baseline]);
        var withLlm = await Measure.DocumentAsync(workload, tree, [analyzers.Baseline, .. analyzers.Llm]);
        var withCa2016 = await Measure.DocumentAsync(workload, tree, [analyzers.Baseline, analyzers.Ca2016]);
        if (run >= 0)
            runs.Add(new DocumentRun(llm.Latency, llm.Execution, ca2016.Latency, baseline.Latency, withLlm.Latency - baseline.Latency, withCa2016.Latency - baseline.Latency));
        lastRun = budget.Elapsed - started;
    }

    return new DocumentResult(document.Lines, document.LlmCalls, runs);
}

static void Progress(string message) => Console.Error.WriteLine(message);

void StoppingAfter(int runs)
    => Progress($"  stopping after {runs} run{(runs == 1 ? "" : "s")}: another would take the command past {budget.Limit.TotalMinutes:0.#} minutes (--minutes)");

static string GcPauses(IEnumerable<DiagnosticAnalyzer> probes)
{
    var taken = probes.Cast<GcProbe>().Select(p => p.Take()).ToList();
    return $"{taken.Sum(t => t.Paused.TotalMilliseconds):F1} ms in {taken.Sum(t => t.Callbacks)} callbacks";
}

internal sealed record Settings(ImmutableArray<int> Sizes, int NoSdkLines, int Runs, int Warmups, int DocumentLines, int DocumentRuns, int Seed, int LargeRuns = 3, double Minutes = 8.5, string? Compare = null, bool Requests = false, bool GcProbe = false)
{
    public static Settings Parse(string[] args)
    {
        var settings = new Settings([20_000, 100_000, 500_000], 20_000, Runs: 6, Warmups: 1, DocumentLines: 3_000, DocumentRuns: 9, Seed: 20251122);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            settings = args[i] switch
            {
                "--quick" => settings with { Sizes = [20_000], NoSdkLines = 20_000, Runs = 3, DocumentRuns = 5 },
                "--sizes" => settings with { Sizes = [.. Next().Split(',').Select(int.Parse)] },
                "--no-sdk-lines" => settings with { NoSdkLines = int.Parse(Next()) },
                "--runs" => settings with { Runs = int.Parse(Next()) },
                "--warmups" => settings with { Warmups = int.Parse(Next()) },
                "--document-runs" => settings with { DocumentRuns = int.Parse(Next()) },
                "--seed" => settings with { Seed = int.Parse(Next()) },
                "--large-runs" => settings with { LargeRuns = int.Parse(Next()) },
                "--minutes" => settings with { Minutes = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--compare" => settings with { Compare = Next() },
                "--requests" => settings with { Requests = true },
                "--gc-probe" => settings with { GcProbe = true },
                _ => throw new ArgumentException(
                    $"Unknown argument '{args[i]}'. Options: --quick | --sizes 20000,100000,500000 | --no-sdk-lines N | --runs N | --large-runs N (corpora over 200k lines) | --warmups N | --minutes M (fewer runs, never below one per analyzer order, when more would take the command past M minutes; default 8.5) | --document-runs N | --seed N | --compare path/to/other/LlmAnalyzers.dll | --requests (the cost of one request, warm and cold; with --sizes and --runs) | --gc-probe (the GC pauses inside each analyzer's callbacks, per run)"),
            };
        }

        return settings;
    }
}

internal sealed record CorpusResult(GeneratedCorpus Corpus, IReadOnlyList<CompileRun> Compiles, IReadOnlyList<AnalysisRun> Analyses)
{
    public double CompileMs => Measure.Median(Compiles.Select(c => c.Elapsed.TotalMilliseconds));

    public double AnalysisWallMs => Measure.Median(Analyses.Select(a => a.Wall.TotalMilliseconds));

    public double CpuShare => Measure.Median(Compiles.Select(c => c.CpuShare).Concat(Analyses.Select(a => a.CpuShare)));

    /// <summary>The median over the runs in build order (CA2016 first).</summary>
    public double Ms(DiagnosticAnalyzer analyzer) => Ms([analyzer]);

    public double Ms(IEnumerable<DiagnosticAnalyzer> analyzers) => Measure.Median(Analyses.Where(a => !a.LlmFirst).Select(a => analyzers.Sum(x => a.Telemetry[x].ExecutionTime.TotalMilliseconds)));

    /// <summary>The median over the runs with LlmAnalyzers before CA2016; null when there were none.</summary>
    public double? MsLlmFirst(IEnumerable<DiagnosticAnalyzer> analyzers)
        => Analyses.Any(a => a.LlmFirst) ? Measure.Median(Analyses.Where(a => a.LlmFirst).Select(a => analyzers.Sum(x => a.Telemetry[x].ExecutionTime.TotalMilliseconds))) : null;

    /// <summary>
    /// This build's time over the compared build's: per order, the median of the per-run ratios; then the geometric
    /// mean of the two orders, which cancels the first analyzer's cache-miss penalty.
    /// </summary>
    public double CompareRatio(IEnumerable<DiagnosticAnalyzer> current, IEnumerable<DiagnosticAnalyzer> compared)
    {
        double Ratio(AnalysisRun a) => current.Sum(x => a.Telemetry[x].ExecutionTime.TotalMilliseconds) / compared.Sum(x => a.Telemetry[x].ExecutionTime.TotalMilliseconds);
        var byOrder = Analyses.GroupBy(a => a.CompareFirst).Select(g => Measure.Median(g.Select(Ratio))).ToList();
        return Math.Pow(byOrder.Aggregate(1.0, (product, ratio) => product * ratio), 1.0 / byOrder.Count);
    }

    public Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo Telemetry(DiagnosticAnalyzer analyzer) => Analyses[^1].Telemetry[analyzer];

    public int Count(string id) => Analyses[^1].DiagnosticCounts.GetValueOrDefault(id);
}

internal sealed record DocumentRun(TimeSpan Llm, TimeSpan LlmExecution, TimeSpan Ca2016, TimeSpan Baseline, TimeSpan LlmAdded, TimeSpan Ca2016Added);

internal sealed record DocumentResult(int Lines, int LlmCalls, IReadOnlyList<DocumentRun> Runs)
{
    public double LlmMs => Measure.Median(Runs.Select(r => r.Llm.TotalMilliseconds));

    public double LlmExecutionMs => Measure.Median(Runs.Select(r => r.LlmExecution.TotalMilliseconds));

    public double Ca2016Ms => Measure.Median(Runs.Select(r => r.Ca2016.TotalMilliseconds));

    public double BaselineMs => Measure.Median(Runs.Select(r => r.Baseline.TotalMilliseconds));

    public double LlmAddedMs => Measure.Median(Runs.Select(r => r.LlmAdded.TotalMilliseconds));

    public double Ca2016AddedMs => Measure.Median(Runs.Select(r => r.Ca2016Added.TotalMilliseconds));

}
