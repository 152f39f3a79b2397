using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Xunit.Abstractions;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>Every fix offered on the rule tests' positive cases keeps the code compiling and removes what it fixes.</summary>
[Trait("Category", "Reliability")]
public sealed class FixSafetyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryOfferedFixAndFixAll_OnEveryCompilingPositiveCase()
    {
        var stopwatch = Stopwatch.StartNew();
        var positives = TestSources.All.Where(s => !s.Spans.IsEmpty).ToList();
        var compiling = 0;
        var applied = new Counter();
        var problems = new List<string>();
        foreach (var source in positives)
        {
            var project = Workbench.CreateProject([source.Text], References.For(source.Sdks), source.OutputKind);
            if ((await project.GetCompilationAsync())!.GetDiagnostics().Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
                continue;
            compiling++;
            problems.AddRange(await FixChecker.CheckAsync(source, applied: applied));
        }

        output.WriteLine($"{positives.Count} positive cases, {compiling} compile, {applied.Value} fixes applied, {problems.Count} problems, {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(compiling > 50 && applied.Value > 100, $"too little was fixed: {compiling} sources, {applied.Value} fixes");
        Assert.True(problems.Count == 0, $"{problems.Count} broken fix(es):\n" + string.Join("\n\n", problems.Take(10)));
    }

    public static TheoryData<string> EdgeCases() => [.. FixEdgeCases.All.Keys];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public async Task EveryOfferedFixAndFixAll_OnEdgeCases(string name)
    {
        var source = new TestSource(name, FixEdgeCases.All[name], [], TestSdks.All);
        var project = Workbench.CreateProject([source.Text], References.For(TestSdks.All), source.OutputKind);
        Assert.Empty((await project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var applied = new Counter();
        var problems = await FixChecker.CheckAsync(source, applied: applied);
        Assert.True(applied.Value > 0, "no fix was offered");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    /// <summary>The valid corpus with one finish-reason read or one cap removed: the fixes meet lambdas, local functions, switches, async streams.</summary>
    [Fact]
    public async Task EveryOfferedFixAndFixAll_OnTheCorpusWithOneCheckOrCapRemoved()
    {
        var stopwatch = Stopwatch.StartNew();
        var references = References.For(TestSdks.All);
        var variants = 0;
        var applied = new Counter();
        var problems = new List<string>();
        foreach (var (path, text) in ValidCodeFiles.All)
        {
            var compilation = (await Workbench.CreateProject([text], references, TestSource.IsExecutable(text) ? Microsoft.CodeAnalysis.OutputKind.ConsoleApplication : Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary).GetCompilationAsync())!;
            foreach (var variant in Decorrect.Variants(text, compilation).Where((_, i) => i % 2 == 0)) // half of them, to bound the time
            {
                var source = new TestSource($"{path}, {variant.Description}", variant.Text, [], TestSdks.All);
                var project = Workbench.CreateProject([source.Text], references, source.OutputKind);
                if ((await project.GetCompilationAsync())!.GetDiagnostics().Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
                    continue;
                variants++;
                problems.AddRange(await FixChecker.CheckAsync(source, applied: applied));
            }
        }

        output.WriteLine($"{variants} compiling variants of {ValidCodeFiles.All.Length} corpus files, {applied.Value} fixes applied, {problems.Count} problems, {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(variants > 20 && applied.Value > 30, $"too little was fixed: {variants} variants, {applied.Value} fixes");
        Assert.True(problems.Count == 0, $"{problems.Count} broken fix(es):\n" + string.Join("\n\n", problems.Take(10)));
    }
}
