using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Tests.Verification;

public sealed partial class Verifier
{
    private const int MaxFixIterations = 50;

    /// <summary>Applies the selected action to the first fixable diagnostic, re-analyzes, and repeats.</summary>
    private async Task VerifyFixAsync(Analysis initial, IReadOnlyList<ParsedMarkup> expected)
    {
        var analysis = initial;
        var seenStates = new HashSet<string> { Snapshot(initial.Compilation) };
        var applied = 0;
        while (await FindFixAsync(analysis) is { } fix)
        {
            if (applied == MaxFixIterations)
                throw Failure($"{nameof(ShouldFixTo)}: diagnostics are still fixable after {MaxFixIterations} fixes.");

            var step = $"{nameof(ShouldFixTo)}: code action '{fix.Action.Title}' for {Brief(fix.Diagnostic)}";
            var next = await AnalyzeAsync(await ApplyAsync(fix.Action, analysis.Project, step), compileGate: false);
            CheckNoNewErrors(analysis, next, step);
            if (!seenStates.Add(Snapshot(next.Compilation)))
                throw Failure($"{step} made no progress (the code is unchanged or back to an earlier state):"
                    + Environment.NewLine + AnnotatedSources(next.Compilation, next.AnalyzerDiagnostics, DefaultId()));
            analysis = next;
            applied++;
        }

        await CompareFixedAsync(nameof(ShouldFixTo), analysis.Project, expected, $"{applied} fix(es) applied");
    }

    private async Task VerifyFixAllAsync(Analysis initial, FixAllScope scope, IReadOnlyList<ParsedMarkup> expected)
    {
        var fixer = _fixer!;
        var title = $"{nameof(ShouldFixAllTo)}({scope})";
        var provider = fixer.GetFixAllProvider()
            ?? throw Failure($"{title}: {fixer.GetType().Name}.GetFixAllProvider() returned null.");
        if (!provider.GetSupportedFixAllScopes().Contains(scope))
            throw Failure($"{title}: the FixAllProvider supports only {string.Join(", ", provider.GetSupportedFixAllScopes())}.");

        var trigger = await FindFixAsync(initial)
            ?? throw Failure($"{title}: no diagnostic is offered a matching code fix.");
        var fixable = Fixable(initial);
        var context = new FixAllContext(
            initial.Project.GetDocument(trigger.Diagnostic.Location.SourceTree)!,
            fixer,
            scope,
            _codeFixKey ?? trigger.Action.EquivalenceKey,
            fixer.FixableDiagnosticIds,
            new PrecomputedDiagnosticProvider(initial.Project.Id, fixable),
            CancellationToken.None);
        var action = await provider.GetFixAsync(context)
            ?? throw Failure($"{title}: the FixAllProvider returned no code action (did the fix change nothing?).");

        var after = await AnalyzeAsync(await ApplyAsync(action, initial.Project, title), compileGate: false);
        CheckNoNewErrors(initial, after, title);
        await CompareFixedAsync(title, after.Project, expected, $"{fixable.Count} fixable diagnostic(s) before");
    }

    /// <summary>
    /// Applies one Fix All in <paramref name="scope"/> and checks that it adds no compiler error and leaves none of the
    /// diagnostics it was offered for. Returns how many diagnostics it fixed.
    /// </summary>
    public async Task<int> FixAllWithoutErrorsAsync(FixAllScope scope)
    {
        if (_fixer is null)
            throw new InvalidOperationException($"{nameof(FixAllWithoutErrorsAsync)} needs WithCodeFix.");
        var sources = ParseSources();
        var (workspace, project) = CreateProject(sources.Select(s => s.Text));
        using (workspace)
        {
            var initial = await AnalyzeAsync(project, compileGate: !_allowCompilerErrors);
            var title = $"{nameof(FixAllWithoutErrorsAsync)}({scope})";
            var trigger = await FindFixAsync(initial) ?? throw Failure($"{title}: no diagnostic is offered a matching code fix.");
            var offered = new List<Diagnostic>();
            foreach (var diagnostic in Fixable(initial))
            {
                var actions = await GetActionsAsync(initial.Project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic);
                if (actions.Any(a => a.EquivalenceKey == trigger.Action.EquivalenceKey))
                    offered.Add(diagnostic);
            }

            var context = new FixAllContext(
                initial.Project.GetDocument(trigger.Diagnostic.Location.SourceTree)!,
                _fixer,
                scope,
                trigger.Action.EquivalenceKey,
                _fixer.FixableDiagnosticIds,
                new PrecomputedDiagnosticProvider(initial.Project.Id, offered),
                CancellationToken.None);
            var action = await _fixer.GetFixAllProvider()!.GetFixAsync(context) ?? throw Failure($"{title}: no code action.");
            var after = await AnalyzeAsync(await ApplyAsync(action, initial.Project, title), compileGate: false);
            CheckNoNewErrors(initial, after, title);

            var remaining = after.AnalyzerDiagnostics.Where(d => offered.Any(o => o.Id == d.Id && o.GetMessage(CultureInfo.InvariantCulture) == d.GetMessage(CultureInfo.InvariantCulture))).ToList();
            var stillOffered = new List<Diagnostic>();
            foreach (var diagnostic in remaining)
            {
                var actions = await GetActionsAsync(after.Project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic);
                if (actions.Any(a => a.EquivalenceKey == trigger.Action.EquivalenceKey))
                    stillOffered.Add(diagnostic);
            }

            if (stillOffered.Count > 0)
                throw Failure($"{title}: {stillOffered.Count} diagnostic(s) are still offered the fix:" + List(stillOffered)
                    + Environment.NewLine + AnnotatedSources(after.Compilation, stillOffered, defaultId: null));
            return offered.Count;
        }
    }

    /// <summary>The first diagnostic (in source order) offered exactly one action that matches the equivalence key.</summary>
    private async Task<(Diagnostic Diagnostic, CodeAction Action)?> FindFixAsync(Analysis analysis)
    {
        foreach (var diagnostic in Fixable(analysis))
        {
            var actions = await GetActionsAsync(analysis.Project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic);
            var matching = actions.Where(a => _codeFixKey is null || a.EquivalenceKey == _codeFixKey).ToList();
            if (matching.Count == 1)
                return (diagnostic, matching[0]);
            if (matching.Count > 1)
            {
                var hint = _codeFixKey is null ? $"; choose one with {nameof(WithCodeFixKey)}" : "";
                throw Failure($"{matching.Count} code actions match for {Describe(diagnostic)}{hint}:"
                    + string.Concat(actions.Select(a => $"{Environment.NewLine}    '{a.Title}' (key: {a.EquivalenceKey ?? "null"})")));
            }
        }
        return null;
    }

    /// <summary>The titles of every code action offered for the fixable diagnostics, in diagnostic order.</summary>
    public async Task<ImmutableArray<string>> GetCodeFixTitlesAsync()
    {
        if (_fixer is null)
            throw new InvalidOperationException("GetCodeFixTitlesAsync needs WithCodeFix.");
        var sources = ParseSources();
        var (workspace, project) = CreateProject(sources.Select(s => s.Text));
        using (workspace)
        {
            var analysis = await AnalyzeAsync(project, compileGate: !_allowCompilerErrors);
            var titles = ImmutableArray.CreateBuilder<string>();
            foreach (var diagnostic in Fixable(analysis))
            {
                foreach (var action in await GetActionsAsync(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic))
                    titles.Add(action.Title);
            }

            return titles.ToImmutable();
        }
    }

    private List<Diagnostic> Fixable(Analysis analysis) => Sort(analysis.AnalyzerDiagnostics.Concat(analysis.CompilerDiagnostics))
        .Where(d => d.Location.IsInSource && _fixer!.FixableDiagnosticIds.Contains(d.Id))
        .ToList();

    private async Task<List<CodeAction>> GetActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await _fixer!.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return Flatten(actions).ToList();

        static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions) =>
            actions.SelectMany(a => a.NestedActions.IsDefaultOrEmpty ? [a] : Flatten(a.NestedActions));
    }

    private static async Task<Project> ApplyAsync(CodeAction action, Project project, string step)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changes = operations.OfType<ApplyChangesOperation>().ToList();
        if (changes.Count != 1)
            throw Failure($"{step}: expected one ApplyChangesOperation, got [{string.Join(", ", operations.Select(o => o.GetType().Name))}].");
        return changes[0].ChangedSolution.GetProject(project.Id)
            ?? throw Failure($"{step}: the code action removed the project.");
    }

    private static void CheckNoNewErrors(Analysis before, Analysis after, string step)
    {
        var previous = before.CompilerErrors.Select(ErrorKey).ToList();
        var introduced = after.CompilerErrors.Where(d => !previous.Remove(ErrorKey(d))).ToList();
        if (introduced.Count > 0)
            throw Failure($"{step} introduced compiler errors:" + List(introduced)
                + Environment.NewLine + AnnotatedSources(after.Compilation, introduced, defaultId: null));

        static (string, string) ErrorKey(Diagnostic d) => (d.Id, d.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>Compares simplified and formatted documents with the expected text, then the remaining diagnostics with its markup.</summary>
    private async Task CompareFixedAsync(string title, Project project, IReadOnlyList<ParsedMarkup> expected, string note)
    {
        var documents = project.Documents.OrderBy(d => DocumentIndex(d.FilePath)).ToList();
        if (documents.Count != expected.Count)
            throw Failure($"{title}: the fixed project has {documents.Count} documents, {expected.Count} were expected.");

        var solution = project.Solution;
        var differences = new StringBuilder();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = await Simplifier.ReduceAsync(documents[i], Simplifier.Annotation);
            document = await Formatter.FormatAsync(document, Formatter.Annotation);
            var actual = NormalizeNewLines((await document.GetTextAsync()).ToString());
            var wanted = NormalizeNewLines(expected[i].Text);
            if (actual != wanted)
                differences.Append(DescribeDifference(document.FilePath!, wanted, actual));

            // Same text up to line endings; use the expected one so the markup spans line up.
            solution = solution.WithDocumentText(document.Id, SourceText.From(expected[i].Text, Encoding.UTF8));
        }
        if (differences.Length > 0)
            throw Failure($"{title}: the fixed code differs from the expected code ({note}).{Environment.NewLine}{differences}");

        var analysis = await AnalyzeAsync(solution.GetProject(project.Id)!, compileGate: false);
        CompareDiagnostics($"{title}, diagnostics left after fixing", expected, analysis);
    }

    private static string DescribeDifference(string path, string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            line++;
        var nl = Environment.NewLine;
        return $"{path}: first difference at line {line + 1}{nl}"
            + $"    expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}{nl}"
            + $"    actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}{nl}"
            + $"----- expected {path} -----{nl}{expected}{nl}----- actual {path} -----{nl}{actual}{nl}";
    }

    private static string NormalizeNewLines(string text) => text.Replace("\r\n", "\n");

    private static string Snapshot(Compilation compilation) =>
        string.Join("\0", compilation.SyntaxTrees.OrderBy(t => DocumentIndex(t.FilePath)).Select(t => t.GetText().ToString()));
}
