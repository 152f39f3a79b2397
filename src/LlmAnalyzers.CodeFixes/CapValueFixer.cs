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

    public override FixAllProvider GetFixAllProvider() => new FixAll();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
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
                : await FixAsync(document, diagnostics.Where(d => d.Id == (fixAllContext.CodeActionEquivalenceKey == LowerToModelLimitKey ? RuleIdentifiers.CapAboveModelLimit : RuleIdentifiers.CapBelowMinimum)).ToImmutableArray(), fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
