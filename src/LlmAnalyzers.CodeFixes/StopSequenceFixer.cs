using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LlmAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.CodeFixes;

/// <summary>LLM0004: remove an unsafe stop sequence. LLM0012: remove the stop sequences a model rejects.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StopSequenceFixer))]
[Shared]
public sealed class StopSequenceFixer : CodeFixProvider
{
    public const string RemoveStopSequenceKey = "LLM0004_RemoveStopSequence";
    public const string RemoveStopSequencesKey = "LLM0012_RemoveStopSequences";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.UnsafeStopSequence,
        RuleIdentifiers.StopSequencesRejected);

    /// <summary>Hosts such as dotnet format may pass other rules' diagnostics; act only on ours.</summary>
    private IEnumerable<Diagnostic> Own(CodeFixContext context) => context.Diagnostics.Where(d => FixableDiagnosticIds.Contains(d.Id));

    public override FixAllProvider GetFixAllProvider() => new FixAll();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in Own(context))
        {
            if (root is not null && Items(diagnostic).All(span => Removable(root, span) is not null) && Items(diagnostic).Any())
            {
                var (title, key) = diagnostic.Id == RuleIdentifiers.UnsafeStopSequence
                    ? ("Remove this stop sequence", RemoveStopSequenceKey)
                    : ("Remove the stop sequences", RemoveStopSequencesKey);
                context.RegisterCodeFix(CodeAction.Create(title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), key), diagnostic);
            }

            FinishReasonGuard.Register(context, diagnostic);
        }
    }

    private static IEnumerable<TextSpan> Items(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.StopItems, out var text) || text is null)
            yield break;
        foreach (var part in text.Split(';'))
        {
            if (GuardProperties.TryParse(part, out var span))
                yield return span;
        }
    }

    /// <summary>The node to remove for a stop-sequence item: its <c>Add(…)</c> statement, or its element in a collection.</summary>
    private static SyntaxNode? Removable(SyntaxNode root, TextSpan span)
    {
        if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax item || item.Span != span)
            return null;
        return item.Parent switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax statement } } } => statement,
            InitializerExpressionSyntax => item,

            // An element of a C# 12 collection expression; Roslyn 4.5 has no type for it, the host's enum names it.
            { } element when element.RawKind != 0 && Microsoft.CodeAnalysis.CSharp.CSharpExtensions.Kind(element).ToString() == "ExpressionElement" => element,
            _ => null,
        };
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var removed = new HashSet<SyntaxNode>();
        var lists = new HashSet<SyntaxNode>();
        foreach (var span in diagnostics.SelectMany(Items))
        {
            if (Removable(editor.OriginalRoot, span) is not { } node || !removed.Add(node))
                continue;
            editor.RemoveNode(node, SyntaxRemoveOptions.KeepUnbalancedDirectives);
            if (node is not StatementSyntax && node.Parent is { } list)
                lists.Add(list);
        }

        // Let the formatter restore the spacing around what is left of each collection.
        foreach (var list in lists)
            editor.ReplaceNode(list, (current, _) => current.WithAdditionalAnnotations(Formatter.Annotation));

        return editor.GetChangedDocument();
    }

    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext)
            => fixAllContext.CodeActionEquivalenceKey == FinishReasonGuardFixer.AddGuardKey ? "Add finish-reason guards" : "Remove the unsafe stop sequences";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            => fixAllContext.CodeActionEquivalenceKey == FinishReasonGuardFixer.AddGuardKey
                ? await FinishReasonGuard.FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false)
                : await FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
