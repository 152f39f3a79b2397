using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LlmAnalyzers.Rules;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LlmAnalyzers.CodeFixes;

/// <summary>LLM0002 / LLM0008: add a finish-reason guard. Other rules' fixers offer the same guard as a second action.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FinishReasonGuardFixer))]
[Shared]
public sealed class FinishReasonGuardFixer : CodeFixProvider
{
    public const string AddGuardKey = "LLM_AddFinishReasonGuard";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.UncheckedFinishReason,
        RuleIdentifiers.UncheckedStructuredOutput);

    /// <summary>Hosts such as dotnet format may pass other rules' diagnostics; act only on ours.</summary>
    private IEnumerable<Diagnostic> Own(CodeFixContext context) => context.Diagnostics.Where(d => FixableDiagnosticIds.Contains(d.Id));

    public override FixAllProvider GetFixAllProvider() => new FixAll();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in Own(context))
            FinishReasonGuard.Register(context, diagnostic);
        return Task.CompletedTask;
    }

    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Add finish-reason guards";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            => await FinishReasonGuard.FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
