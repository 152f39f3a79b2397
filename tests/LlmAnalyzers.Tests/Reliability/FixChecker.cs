using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>
/// Applies every code action offered for every diagnostic, one at a time, then each Fix All (document scope): none may add
/// a compiler error, change nothing, or leave its diagnostic still offered the same fix.
/// </summary>
internal static class FixChecker
{
    private sealed record Offer(Diagnostic Diagnostic, CodeFixProvider Fixer, CodeAction Action)
    {
        public string Key => Action.EquivalenceKey ?? Action.Title;

        public bool Matches(Offer other) => other.Key == Key && other.Diagnostic.Id == Diagnostic.Id && Message(other.Diagnostic) == Message(Diagnostic);
    }

    /// <summary>The problems found (empty when every fix is sound); counts the fixes applied in <paramref name="applied"/>.</summary>
    public static async Task<List<string>> CheckAsync(TestSource source, Toolset? tools = null, Counter? applied = null)
    {
        tools ??= Toolset.Package;
        var problems = new List<string>();
        var project = Workbench.CreateProject([source.Text], References.For(source.Sdks), source.OutputKind);
        var before = await Workbench.AnalyzeAsync(project, tools);
        var offers = await OffersAsync(before, tools);

        foreach (var offer in offers)
        {
            var step = $"{source.Origin}: '{offer.Action.Title}' ({offer.Fixer.GetType().Name}) on {Workbench.Describe(offer.Diagnostic)}";
            await CheckFixAsync(step, [offer], await Workbench.ApplyAsync(offer.Action, project));
        }

        foreach (var group in offers.GroupBy(o => (o.Fixer, o.Key)))
        {
            var first = group.First();
            var step = $"{source.Origin}: Fix All '{group.Key.Key}' ({group.Key.Fixer.GetType().Name}) on {group.Count()} diagnostic(s)";
            var fixAll = await Workbench.GetFixAllAsync(first.Fixer, project.GetDocument(first.Diagnostic.Location.SourceTree)!, first.Action.EquivalenceKey, FixAllScope.Document, group.Select(o => o.Diagnostic).ToList());
            await CheckFixAsync(step, [.. group], fixAll is null ? null : await Workbench.ApplyAsync(fixAll, project));
        }

        return problems;

        async Task CheckFixAsync(string step, IReadOnlyList<Offer> fixedOffers, Project? fixedProject)
        {
            applied?.Increment();
            if (fixedProject is null || await TextAsync(fixedProject) == await TextAsync(project))
            {
                problems.Add($"{step}: changed nothing");
                return;
            }

            var after = await Workbench.AnalyzeAsync(fixedProject, tools);
            var previous = before.CompilerErrors.Select(ErrorKey).ToList();
            var introduced = after.CompilerErrors.Where(e => !previous.Remove(ErrorKey(e))).ToList();
            var offersAfter = await OffersAsync(after, tools);
            var stillOffered = fixedOffers.Where(o => offersAfter.Count(o.Matches) >= offers.Count(o.Matches)).ToList();
            if (introduced.Count == 0 && stillOffered.Count == 0 && after.Exceptions.IsEmpty)
                return;

            problems.Add($"{step}:"
                + string.Concat(introduced.Select(e => "\n    introduced " + e))
                + string.Concat(stillOffered.Select(o => $"\n    still offered '{o.Action.Title}' for {o.Diagnostic.Id}"))
                + string.Concat(after.Exceptions.Select(e => "\n    analyzer threw on the fixed code: " + e))
                + "\n--- before\n" + await TextAsync(project) + "\n--- after\n" + await TextAsync(fixedProject));
        }
    }

    private static async Task<List<Offer>> OffersAsync(Workbench.Analysis analysis, Toolset tools)
    {
        var offers = new List<Offer>();
        foreach (var diagnostic in analysis.Diagnostics.Where(d => d.Location.IsInSource))
        {
            var document = analysis.Project.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (var fixer in tools.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                offers.AddRange((await Workbench.GetActionsAsync(fixer, document, diagnostic)).Select(action => new Offer(diagnostic, fixer, action)));
        }

        return offers;
    }

    private static async Task<string> TextAsync(Project project) =>
        string.Join("\n// ----\n", await Task.WhenAll(project.Documents.Select(async d => (await d.GetTextAsync()).ToString())));

    private static (string, string) ErrorKey(Diagnostic d) => (d.Id, Message(d));

    private static string Message(Diagnostic d) => d.GetMessage(CultureInfo.InvariantCulture);
}

/// <summary>A thread-safe count.</summary>
internal sealed class Counter
{
    private int _value;

    public int Value => _value;

    public void Increment() => System.Threading.Interlocked.Increment(ref _value);
}
