using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LlmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LlmAnalyzers.CodeFixes;

/// <summary>LLM0003 / LLM0006: replace a wrong output-token limit with a valid one (the model's limit, or the configured default).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CapValueFixer))]
[Shared]
public sealed class CapValueFixer : CodeFixProvider
{
    public const string LowerToModelLimitKey = "LLM0003_LowerToModelLimit";
    public const string UseDefaultLimitKey = "LLM0006_UseDefaultLimit";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.CapAboveModelLimit,
        RuleIdentifiers.CapBelowMinimum);

    /// <summary>Hosts such as dotnet format may pass other rules' diagnostics; act only on ours.</summary>
    private IEnumerable<Diagnostic> Own(CodeFixContext context) => context.Diagnostics.Where(d => FixableDiagnosticIds.Contains(d.Id));

    public override FixAllProvider GetFixAllProvider() => new FixAll();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in Own(context))
        {
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Tokens, out var tokens) && tokens is not null)
            {
                var (title, key) = diagnostic.Id == RuleIdentifiers.CapAboveModelLimit
                    ? ($"Lower to the model's limit ({tokens})", LowerToModelLimitKey)
                    : ($"Use an output-token limit of {tokens}", UseDefaultLimitKey);
                context.RegisterCodeFix(CodeAction.Create(title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), key), diagnostic);
            }

            FinishReasonGuard.Register(context, diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics.Distinct())
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Tokens, out var text)
                || !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokens)
                || editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            var literal = tokens is >= int.MinValue and <= int.MaxValue ? Literal((int)tokens) : Literal(tokens);
            editor.ReplaceNode(value, LiteralExpression(SyntaxKind.NumericLiteralExpression, literal).WithTriviaFrom(value));
        }

        return editor.GetChangedDocument();
    }

    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext)
            => fixAllContext.CodeActionEquivalenceKey switch
            {
                FinishReasonGuardFixer.AddGuardKey => "Add finish-reason guards",
                LowerToModelLimitKey => "Lower every output-token limit to the model's limit",
                _ => "Use a valid output-token limit everywhere",
            };

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            => fixAllContext.CodeActionEquivalenceKey == FinishReasonGuardFixer.AddGuardKey
                ? await FinishReasonGuard.FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false)
                : await FixAsync(document, diagnostics.Where(d => Matches(fixAllContext.CodeActionEquivalenceKey, d.Id)).ToImmutableArray(), fixAllContext.CancellationToken).ConfigureAwait(false);

        /// <summary>A host that gives no key (dotnet format) gets each diagnostic's own fix.</summary>
        private static bool Matches(string? key, string id) => key switch
        {
            LowerToModelLimitKey => id == RuleIdentifiers.CapAboveModelLimit,
            UseDefaultLimitKey => id == RuleIdentifiers.CapBelowMinimum,
            _ => true,
        };
    }
}
