using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>
/// The same code always gets the same diagnostics (id, location, message, properties): across concurrent runs over one
/// compilation, across fresh compilations and document orders, and whether a host asks for the whole compilation, one
/// document, or one member at a time.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class DeterminismTests(ITestOutputHelper output)
{
    private const int ConcurrentRuns = 20;

    // Two requests share one options object whose cap is above the model's limit: the LLM0003 they share is reported once.
    private const string SharedOptions = """
        using System.Collections.Generic;
        using OpenAI.Chat;

        class SharedOptions
        {
            private readonly ChatClient _client = new("gpt-4o", "key");

            string Both(List<ChatMessage> messages)
            {
                var options = new ChatCompletionOptions { MaxOutputTokenCount = 20000 };
                var first = _client.CompleteChat(messages, options).Value;
                var second = _client.CompleteChat(messages, options).Value;
                if (second.FinishReason == ChatFinishReason.Length)
                    return "";
                return first.Content[0].Text + second.Content[0].Text;
            }
        }
        """;

    private static readonly Lazy<IReadOnlyList<string>> LazySources = new(CombinedSources);

    [Fact]
    public async Task OneCompilation_ConcurrentRuns_IdenticalDiagnostics()
    {
        var project = Project(LazySources.Value);
        var compilation = (await project.GetCompilationAsync())!;
        var runs = await Task.WhenAll(Enumerable.Range(0, ConcurrentRuns).Select(_ => Task.Run(() => Workbench.AnalyzeAsync(compilation, project.AnalyzerOptions))));

        Assert.All(runs, run => Assert.Empty(run.Exceptions));
        var first = Fingerprints(runs[0].Diagnostics, LazySources.Value);
        output.WriteLine($"{LazySources.Value.Count} documents, {first.Count} diagnostics, {ConcurrentRuns} concurrent runs");
        Assert.True(first.Count > 50, $"only {first.Count} diagnostics");
        foreach (var run in runs.Skip(1))
            AssertSame(first, Fingerprints(run.Diagnostics, LazySources.Value), "a concurrent run");
    }

    [Fact]
    public async Task FreshCompilations_AnyDocumentOrder_IdenticalDiagnostics()
    {
        var sources = LazySources.Value;
        var expected = Fingerprints((await Workbench.AnalyzeAsync(Project(sources))).Diagnostics, sources);
        AssertSame(expected, Fingerprints((await Workbench.AnalyzeAsync(Project(sources))).Diagnostics, sources), "a fresh compilation");
        AssertSame(expected, Fingerprints((await Workbench.AnalyzeAsync(Project(sources.Reverse().ToList()))).Diagnostics, sources), "documents in reverse order");
    }

    /// <summary>
    /// An IDE asks for one document or one member at a time (GetAnalyzerSemanticDiagnosticsAsync), and asks again; a build
    /// asks for the whole compilation. Both must see the same diagnostics. (A host may return a diagnostic twice when it
    /// re-runs a request, so repeats are ignored.)
    /// </summary>
    [Fact]
    public async Task PerDocumentAndPerMemberRequests_MatchTheWholeCompilation()
    {
        var sources = LazySources.Value;
        var project = Project(sources);
        var compilation = (await project.GetCompilationAsync())!;
        var whole = Fingerprints((await Workbench.AnalyzeAsync(compilation, project.AnalyzerOptions)).Diagnostics.Where(d => d.Location.IsInSource), sources);

        var runner = compilation.WithAnalyzers(Toolset.Package.Analyzers, project.AnalyzerOptions);
        for (var round = 0; round < 2; round++)
        {
            var perDocument = new List<Diagnostic>();
            foreach (var tree in compilation.SyntaxTrees.Reverse())
                perDocument.AddRange(await runner.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None));
            AssertSame(whole, Fingerprints(perDocument, sources).Distinct().ToList(), $"per-document requests, round {round + 1}");
        }

        var perMember = new List<Diagnostic>();
        var memberRunner = compilation.WithAnalyzers(Toolset.Package.Analyzers, project.AnalyzerOptions);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var member in tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax))
                perMember.AddRange(await memberRunner.GetAnalyzerSemanticDiagnosticsAsync(model, member.Span, CancellationToken.None));
        }

        AssertSame(whole, Fingerprints(perMember, sources).Distinct().ToList(), "per-member requests");
    }

    private static void AssertSame(List<string> expected, List<string> actual, string what)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0 && expected.Count == actual.Count,
            $"{what}: {actual.Count} diagnostics instead of {expected.Count}"
            + string.Concat(missing.Select(m => "\n  missing: " + m)) + string.Concat(extra.Select(m => "\n  extra:   " + m)));
    }

    private static Project Project(IReadOnlyList<string> sources) => Workbench.CreateProject(sources, References.For(TestSdks.All));

    /// <summary>Sorted fingerprints, with each document named by its index in <paramref name="sources"/> (so document order does not matter).</summary>
    private static List<string> Fingerprints(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<string> sources)
    {
        var index = sources.Select((text, i) => (text, i)).ToDictionary(x => x.text, x => x.i);
        return diagnostics
            .Select(d => $"doc {(d.Location.SourceTree is { } tree ? index[tree.GetText().ToString()] : -1)}: " + Workbench.Fingerprint(d).Replace(d.Location.SourceTree?.FilePath ?? "\0", ""))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every compiling positive test case for the real SDKs plus the valid corpus, each in a namespace of its own, and the shared-options case.</summary>
    private static IReadOnlyList<string> CombinedSources()
    {
        var candidates = TestSources.All.Where(s => s.Sdks == TestSdks.All && !s.Spans.IsEmpty).Select(s => s.Text)
            .Concat(ValidCodeFiles.All.Select(f => f.Text))
            .Select((text, i) => InNamespace(text, $"Run{i}"))
            .OfType<string>()
            .Append(SharedOptions)
            .Distinct()
            .ToList();

        // Drop the documents with compiler errors (alone or together) until the whole compiles.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var broken = Project(candidates).GetCompilationAsync().Result!.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.IsInSource)
                .Select(d => d.Location.SourceTree!.GetText().ToString())
                .ToHashSet();
            if (broken.Count == 0)
                return candidates;
            candidates.RemoveAll(broken.Contains);
        }

        throw new InvalidOperationException("The combined sources do not compile.");
    }

    private static string? InNamespace(string text, string name)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot();
        if (root.Members.Count == 0 || root.Members.Any(m => m is GlobalStatementSyntax or FileScopedNamespaceDeclarationSyntax))
            return null;
        var start = root.Members[0].FullSpan.Start;
        return $"{text[..start]}namespace {name}\n{{\n{text[start..]}\n}}\n";
    }
}
