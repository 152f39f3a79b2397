using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Tests.VerificationTests;

// Tiny analyzers and fixers that exist only to exercise the verifier; they never ship.
#pragma warning disable RS1036, RS1038, RS1041, RS2008

/// <summary>TST0001 on every invocation of a method named <c>Flag</c> (or the name in <c>tst_flagged_method</c>).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FlagAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST0001";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Flagged call", "Call to '{0}' should be replaced", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Operation.Syntax.SyntaxTree);
        var name = options.TryGetValue("tst_flagged_method", out var configured) ? configured : "Flag";
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name == name)
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), name));
    }
}

/// <summary>TST0002: throws while analyzing any invocation.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TST0002", "Throws", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => throw new InvalidOperationException("boom from ThrowingAnalyzer"), OperationKind.Invocation);
    }
}

/// <summary>TST0003 on calls to <c>OpenAI.Chat.ChatClient</c> methods; registers nothing when OpenAI is not referenced.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkGatedAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TST0003", "ChatClient call", "Call to ChatClient.{0}", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var chatClient = start.Compilation.GetTypeByMetadataName("OpenAI.Chat.ChatClient");
            if (chatClient is null)
                return;
            start.RegisterOperationAction(c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, chatClient))
                    c.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), invocation.TargetMethod.Name));
            }, OperationKind.Invocation);
        });
    }
}

/// <summary>TST0004 on classes whose name is a line of the additional file <c>banned.txt</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BannedTypeAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TST0004", "Banned type", "Type '{0}' is banned", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var banned = start.Options.AdditionalFiles
                .Where(f => f.Path.EndsWith("banned.txt", StringComparison.Ordinal))
                .SelectMany(f => f.GetText()!.Lines.Select(l => l.ToString().Trim()))
                .ToImmutableHashSet();
            start.RegisterSymbolAction(c =>
            {
                if (banned.Contains(c.Symbol.Name))
                    c.ReportDiagnostic(Diagnostic.Create(Rule, c.Symbol.Locations[0], c.Symbol.Name));
            }, SymbolKind.NamedType);
        });
    }
}

/// <summary>Renames a flagged <c>Flag()</c> call to <see cref="NewName"/>; offers nothing for calls with arguments.</summary>
public class FlagFixer : CodeFixProvider
{
    public const string Key = "RenameToFixed";

    public override ImmutableArray<string> FixableDiagnosticIds => [FlagAnalyzer.Id];

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    protected virtual string NewName => "Fixed";

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
        if (root.FindNode(context.Span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
            || invocation.ArgumentList.Arguments.Count > 0)
            return;
        context.RegisterCodeFix(CreateAction(context.Document, root, invocation, NewName), context.Diagnostics);
    }

    protected static CodeAction CreateAction(Document document, SyntaxNode root, InvocationExpressionSyntax invocation, string newName) =>
        CodeAction.Create(
            $"Rename to {newName}",
            _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(invocation, Rename(invocation, newName)))),
            equivalenceKey: "RenameTo" + newName);

    private static InvocationExpressionSyntax Rename(InvocationExpressionSyntax invocation, string newName)
    {
        SimpleNameSyntax name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            _ => (SimpleNameSyntax)invocation.Expression,
        };
        return invocation.ReplaceNode(name, name.WithIdentifier(SyntaxFactory.Identifier(newName).WithTriviaFrom(name.Identifier)));
    }
}

/// <summary>Renames to a method that does not exist, so the fix breaks the build.</summary>
public sealed class BrokenFixer : FlagFixer
{
    protected override string NewName => "Missing";
}

/// <summary>Offers two renames, nested under one parent action.</summary>
public sealed class ChoiceFixer : FlagFixer
{
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
        var invocation = (InvocationExpressionSyntax)root.FindNode(context.Span, getInnermostNodeForTie: true);
        var nested = ImmutableArray.Create(
            CreateAction(context.Document, root, invocation, "Fixed"),
            CreateAction(context.Document, root, invocation, "Other"));
        context.RegisterCodeFix(CodeAction.Create("Rename…", nested, isInlinable: false), context.Diagnostics);
    }
}

/// <summary>Offers an action that changes nothing.</summary>
public sealed class NoOpFixer : FlagFixer
{
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        context.RegisterCodeFix(CodeAction.Create("Do nothing", _ => Task.FromResult(context.Document), equivalenceKey: "Nothing"), context.Diagnostics);
        return Task.CompletedTask;
    }
}
