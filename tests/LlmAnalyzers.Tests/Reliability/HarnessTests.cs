using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using LlmAnalyzers.Tests.VerificationTests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>The reliability harness itself: it finds what it is meant to find.</summary>
[Trait("Category", "Reliability")]
public sealed class HarnessTests
{
    private const string Source = "class C { void Flag() { } void M() { Flag(); } }";

    [Fact]
    public void Toolset_FindsEveryExportedAnalyzerAndFixer()
    {
        Assert.Contains(Toolset.Package.Analyzers, a => a is LlmRequestAnalyzer);
        Assert.Contains(Toolset.Package.Fixers, f => f is LlmAnalyzers.CodeFixes.MaxOutputTokensFixer);
        var fixable = Toolset.Package.Fixers.SelectMany(f => f.FixableDiagnosticIds).ToHashSet();
        var reported = Toolset.Package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        Assert.Subset(reported, fixable);
    }

    [Fact]
    public async Task Sweep_ReportsAnAnalyzerThatThrows()
    {
        var report = await Sweep.RunAsync([Input()], new Toolset([new ThrowingAnalyzer()], []));
        Assert.Contains("boom from ThrowingAnalyzer", Assert.Single(report.Failures));
    }

    [Fact]
    public async Task Sweep_ReportsAFixerThatThrows()
    {
        var report = await Sweep.RunAsync([Input()], new Toolset([new FlagAnalyzer()], [new ThrowingFixer()]));
        Assert.Equal(1, report.CodeActions);
        Assert.Contains(report.Failures, f => f.Contains("GetOperationsAsync threw InvalidOperationException", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.Contains("Fix All", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FixCheck_ReportsAFixThatBreaksTheBuild()
    {
        var source = new TestSource("broken fix", "class C { void Flag() { } void M() { Flag(); } }", [new MarkupSpan(null, default)], TestSdks.None);
        var problems = await FixChecker.CheckAsync(source, new Toolset([new FlagAnalyzer()], [new BrokenFixer()]));
        Assert.Contains(problems, p => p.Contains("CS0103", StringComparison.Ordinal));
    }

    private static SweepInput Input() => new("flag", [Source], References.For(TestSdks.None));

    private sealed class ThrowingFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => [FlagAnalyzer.Id];

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(CodeAction.Create("Throw", _ => Task.FromException<Document>(new InvalidOperationException("boom from ThrowingFixer")), "Throw"), context.Diagnostics);
            return Task.CompletedTask;
        }
    }
}
