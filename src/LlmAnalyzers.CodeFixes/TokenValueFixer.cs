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
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LlmAnalyzers.CodeFixes;

/// <summary>
/// Replaces a token count with a valid one: the model's limit (LLM0003), the configured default (LLM0006), a fitting
/// thinking budget or limit (LLM0007), the team ceiling (LLM0010), the reasoning minimum (LLM0011).
/// The analyzer describes each fix in the diagnostic's properties.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TokenValueFixer))]
[Shared]
public sealed class TokenValueFixer : CodeFixProvider
{
    public const string LowerToModelLimitKey = ValueFixes.LowerToModelLimit;
    public const string UseDefaultLimitKey = ValueFixes.UseDefaultLimit;
    public const string RaiseMaxTokensKey = ValueFixes.RaiseMaxTokens;
    public const string LowerBudgetKey = ValueFixes.LowerBudget;
    public const string SetBudgetKey = ValueFixes.SetBudget;
    public const string LowerToCeilingKey = ValueFixes.LowerToCeiling;
    public const string RaiseForReasoningKey = ValueFixes.RaiseForReasoning;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.CapAboveModelLimit,
        RuleIdentifiers.CapBelowMinimum,
        RuleIdentifiers.ThinkingBudgetUnusable,
        RuleIdentifiers.CapAboveCeiling,
        RuleIdentifiers.ReasoningCapTooSmall);

    /// <summary>Hosts such as dotnet format may pass other rules' diagnostics; act only on ours.</summary>
    private IEnumerable<Diagnostic> Own(CodeFixContext context) => context.Diagnostics.Where(d => FixableDiagnosticIds.Contains(d.Id));

    public override FixAllProvider GetFixAllProvider() => new FixAll();

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in Own(context))
        {
            foreach (var fix in Fixes(diagnostic))
            {
                var key = fix.Key;
                context.RegisterCodeFix(
                    CodeAction.Create(ValueFixes.Title(fix.Key, fix.Tokens.ToString(CultureInfo.InvariantCulture)), ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), key, ct), key),
                    diagnostic);
            }

            FinishReasonGuard.Register(context, diagnostic);
        }

        return Task.CompletedTask;
    }

    /// <summary>The value fixes a diagnostic carries, in order.</summary>
    private static IEnumerable<(string Key, TextSpan Span, long Tokens)> Fixes(Diagnostic diagnostic)
    {
        for (var i = 0; diagnostic.Properties.TryGetValue(DiagnosticProperties.ValueFixPrefix + i.ToString(CultureInfo.InvariantCulture), out var text) && text is not null; i++)
        {
            var parts = text.Split('|');
            if (parts.Length == 3 && GuardProperties.TryParse(parts[1], out var span) && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokens))
                yield return (parts[0], span, tokens);
        }
    }

    /// <summary>
    /// Applies, for each diagnostic, the fix with <paramref name="key"/>; its first fix when the key is null or another
    /// rule's (dotnet format takes the key from the first diagnostic of any rule this fixer owns).
    /// </summary>
    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? key, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var replaced = new HashSet<TextSpan>();
        foreach (var diagnostic in diagnostics)
        {
            var fixes = Fixes(diagnostic).ToList();
            var own = key is not null && key.StartsWith(diagnostic.Id + "_", System.StringComparison.Ordinal);
            var (_, span, tokens) = own ? fixes.FirstOrDefault(f => f.Key == key) : fixes.FirstOrDefault();
            if (span == default
                || !replaced.Add(span)
                || editor.OriginalRoot.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || value.Span != span)
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
            => fixAllContext.CodeActionEquivalenceKey == FinishReasonGuardFixer.AddGuardKey ? "Add finish-reason guards" : "Fix every token count";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            => fixAllContext.CodeActionEquivalenceKey == FinishReasonGuardFixer.AddGuardKey
                ? await FinishReasonGuard.FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false)
                : await FixAsync(document, diagnostics, fixAllContext.CodeActionEquivalenceKey, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
