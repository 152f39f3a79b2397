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
        var problems = new System.Collections.Generic.List<string>();
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
}
