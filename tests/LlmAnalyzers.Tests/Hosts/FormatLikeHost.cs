using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Tests.Hosts;

/// <summary>
/// Applies fixes the way `dotnet format analyzers` does: one diagnostic ID at a time, re-analyzing first; the Fix All
/// equivalence key is that of the first action a fixer registers for the first diagnostic the analyzers reported among
/// all requested IDs (not only the one being fixed), or null; a failing fixer is skipped.
/// </summary>
internal static class FormatLikeHost
{
    public static async Task<(Solution Solution, List<string> Log)> ApplyAsync(Solution solution, ProjectId projectId, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers, IReadOnlyList<string> ids, int attempt)
    {
        var log = new List<string>();
        foreach (var id in ids)
        {
            var project = solution.GetProject(projectId)!;
            var compilation = (await project.GetCompilationAsync())!;
            var requested = (await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync())
                .Where(d => ids.Contains(d.Id) && d.Location.IsInSource)
                .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
            var diagnostics = requested.Where(d => d.Id == id).ToList();
            if (diagnostics.Count == 0)
                continue;
            foreach (var fixer in fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
            {
                try
                {
                    // The tool takes the first requested diagnostic, whatever its ID; try each so every case is exercised.
                    var first = requested[attempt % requested.Count];
                    var document = solution.GetDocument(first.Location.SourceTree)!;
                    CodeAction? action = null;
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
                    var context = new FixAllContext(document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, [id], new Provider(diagnostics), CancellationToken.None);
                    var fix = await fixer.GetFixAllProvider()!.GetFixAsync(context);
                    if (fix is null)
                    {
                        log.Add($"{id}: {fixer.GetType().Name} returned no Fix All action (key {action?.EquivalenceKey ?? "null"})");
                        continue;
                    }

                    var operations = await fix.GetOperationsAsync(CancellationToken.None);
                    var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                    log.Add($"{id}: {fixer.GetType().Name} key {action?.EquivalenceKey ?? "null"}, changed {changed.GetChanges(solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()).Count()} document(s)");
                    solution = changed;
                }
                catch (Exception e)
                {
                    log.Add($"{id}: {fixer.GetType().Name} threw {e}");
                }
            }
        }

        return (solution, log);
    }

    private sealed class Provider(List<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath).ToList());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
