using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Hosts;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Tests.Samples;

/// <summary>`dotnet format analyzers` fixes one rule at a time, in an order that changes from run to run; every order must fix every rule.</summary>
public sealed class FormatHostTests
{
    private static readonly ImmutableArray<CodeFixProvider> Fixers = [new MaxOutputTokensFixer(), new FinishReasonGuardFixer(), new TokenValueFixer(), new StopSequenceFixer()];

    [Fact]
    public async Task EveryOrderOfRules_FixesEveryFixableDiagnostic()
    {
        var ids = Fixers.SelectMany(f => f.FixableDiagnosticIds).Distinct().ToArray();
        // Rotations put each rule early and late; the reversal changes who precedes whom.
        var orders = Enumerable.Range(0, ids.Length).Where(shift => shift % 3 == 0).Select(shift => ids.Skip(shift).Concat(ids.Take(shift)).ToArray()).Append(ids.Reverse().ToArray());
        var failures = new List<string>();
        var verifier = ChatDemoSampleTests.SampleVerifier().WithEditorConfig("llm_analyzers.default_max_output_tokens = 777");
        foreach (var (order, attempt) in orders.Select((o, i) => (o, i)))
        {
            var remaining = await verifier.RunOnProjectAsync(async project =>
            {
                var (solution, log) = await FormatLikeHost.ApplyAsync(project.Solution, project.Id, verifier.Analyzers, Fixers, order, attempt * 7);
                var compilation = (await solution.GetProject(project.Id)!.GetCompilationAsync())!;
                var left = (await compilation.WithAnalyzers(verifier.Analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync())
                    .Where(d => order.Contains(d.Id)).ToList();
                var fixable = new List<string>();
                foreach (var diagnostic in left)
                {
                    var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
                    var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                    foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), default));
                    if (actions.Count > 0)
                        fixable.Add($"{diagnostic.Id} {diagnostic.GetMessage()} [{string.Join(", ", actions.Select(a => a.Title))}]");
                }

                return fixable.Count == 0 ? "" : $"order {string.Join(" ", order)}:\n  " + string.Join("\n  ", fixable) + "\n  log:\n    " + string.Join("\n    ", log);
            });
            if (remaining.Length > 0)
                failures.Add(remaining);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
