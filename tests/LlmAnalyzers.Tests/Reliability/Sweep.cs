using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>One compilation to run every analyzer and fixer on.</summary>
internal sealed record SweepInput(
    string Origin,
    IReadOnlyList<string> Sources,
    ImmutableArray<MetadataReference> References,
    IReadOnlyList<string>? EditorConfig = null,
    IReadOnlyList<(string Name, string Content)>? AdditionalFiles = null)
{
    public OutputKind OutputKind => Sources.Any(TestSource.IsExecutable) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
}

/// <summary>What a sweep did, and every exception (or time-out) it met.</summary>
internal sealed class SweepReport
{
    public int Inputs;
    public int Diagnostics;
    public int CodeActions;
    public int FixAlls;
    public ConcurrentQueue<string> Failures { get; } = new();

    public override string ToString() => $"{Inputs} inputs, {Diagnostics} diagnostics, {CodeActions} code actions and {FixAlls} Fix Alls computed, {Failures.Count} failures";

    /// <summary>The failures, one per distinct problem (same exception at the same place), each with the input that shows it.</summary>
    public string Describe(int max = 10)
    {
        var distinct = Failures.GroupBy(f => f.Split('\n')[0]).ToList();
        return $"{Failures.Count} failure(s), {distinct.Count} distinct:" + string.Concat(distinct.Take(max).Select(g =>
            $"{Environment.NewLine}---- {g.Key} ({g.Count()}x){Environment.NewLine}{string.Join('\n', g.First().Split('\n').Skip(1))}"));
    }
}

/// <summary>Runs every analyzer, then every fixer on every diagnostic (each action's operations, and Fix All per document), recording what throws.</summary>
internal static class Sweep
{
    public static readonly TimeSpan TimeLimitPerInput = TimeSpan.FromSeconds(60);

    public static async Task<SweepReport> RunAsync(IEnumerable<SweepInput> inputs, Toolset? tools = null)
    {
        tools ??= Toolset.Package;
        var report = new SweepReport();
        foreach (var input in inputs)
        {
            Interlocked.Increment(ref report.Inputs);
            using var timeout = new CancellationTokenSource();
            var work = CheckAsync(input, tools, report);
            if (await Task.WhenAny(work, Task.Delay(TimeLimitPerInput, timeout.Token)) != work)
                report.Failures.Enqueue($"time-out: no answer after {TimeLimitPerInput.TotalSeconds} s\n{Repro(input)}");
            timeout.Cancel();
        }

        return report;
    }

    private static async Task CheckAsync(SweepInput input, Toolset tools, SweepReport report)
    {
        var project = Workbench.CreateProject(input.Sources, input.References, input.OutputKind, input.EditorConfig, input.AdditionalFiles);
        Workbench.Analysis analysis;
        try
        {
            analysis = await Workbench.AnalyzeAsync(project, tools);
        }
        catch (Exception e)
        {
            report.Failures.Enqueue($"analysis threw {Signature(e)}\n{Repro(input)}\n{e}");
            return;
        }

        foreach (var exception in analysis.Exceptions)
            report.Failures.Enqueue($"analyzer: {FirstLine(exception)}\n{Repro(input)}\n{exception}");

        var fixAllTried = new HashSet<(CodeFixProvider, string?, DocumentId)>();
        foreach (var diagnostic in analysis.Diagnostics.Where(d => d.Location.IsInSource))
        {
            Interlocked.Increment(ref report.Diagnostics);
            var document = project.GetDocument(diagnostic.Location.SourceTree);
            if (document is null)
                continue;
            foreach (var fixer in tools.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var step = $"{fixer.GetType().Name} on {diagnostic.Id}";
                await Guard(report, input, step + ": RegisterCodeFixesAsync", async () =>
                {
                    foreach (var action in await Workbench.GetActionsAsync(fixer, document, diagnostic))
                    {
                        Interlocked.Increment(ref report.CodeActions);
                        await Guard(report, input, $"{step}: '{action.Title}' GetOperationsAsync", () => action.GetOperationsAsync(CancellationToken.None));
                        if (!fixAllTried.Add((fixer, action.EquivalenceKey, document.Id)))
                            continue;
                        Interlocked.Increment(ref report.FixAlls);
                        var sameRule = analysis.Diagnostics.Where(d => d.Location.IsInSource && fixer.FixableDiagnosticIds.Contains(d.Id)).ToList();
                        await Guard(report, input, $"{step}: Fix All '{action.EquivalenceKey}'", async () =>
                        {
                            if (await Workbench.GetFixAllAsync(fixer, document, action.EquivalenceKey, FixAllScope.Document, sameRule) is { } fixAll)
                                await fixAll.GetOperationsAsync(CancellationToken.None);
                        });
                    }
                });

                // An IDE maps a diagnostic onto an edited document but keeps its properties (which may hold spans): no fixer may throw then.
                var edited = await EditedAsync(document, diagnostic);
                await Guard(report, input, step + " after an edit above it", async () =>
                {
                    foreach (var action in await Workbench.GetActionsAsync(fixer, edited.Document, edited.Diagnostic))
                        await action.GetOperationsAsync(CancellationToken.None);
                });
            }
        }
    }

    private const string Edit = "// edited\n";

    private static async Task<(Document Document, Diagnostic Diagnostic)> EditedAsync(Document document, Diagnostic diagnostic)
    {
        var edited = document.WithText(SourceText.From(Edit + (await document.GetTextAsync())));
        var tree = (await edited.GetSyntaxTreeAsync())!;
        Location Shift(Location location) => location.IsInSource && location.SourceTree == diagnostic.Location.SourceTree
            ? Location.Create(tree, new TextSpan(location.SourceSpan.Start + Edit.Length, location.SourceSpan.Length))
            : location;
        return (edited, Diagnostic.Create(diagnostic.Descriptor, Shift(diagnostic.Location), diagnostic.AdditionalLocations.Select(Shift), diagnostic.Properties));
    }

    private static async Task Guard(SweepReport report, SweepInput input, string step, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e)
        {
            report.Failures.Enqueue($"{step} threw {Signature(e)}\n{Repro(input)}\n{e}");
        }
    }

    /// <summary>Exception type and the first frame in our code: the key that tells two failures apart.</summary>
    private static string Signature(Exception e)
    {
        var frame = new StackTrace(e, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("LlmAnalyzers", StringComparison.Ordinal) == true && m.DeclaringType.Namespace != typeof(Sweep).Namespace);
        return $"{e.GetType().Name} at {frame?.DeclaringType?.Name}.{frame?.Name}: {FirstLine(e.Message)}";
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static string Repro(SweepInput input)
    {
        var text = string.Join("\n// ---- next document ----\n", input.Sources);
        return $"input: {input.Origin}\n{(text.Length <= 4000 ? text : text[..4000] + "\n// …")}";
    }
}
