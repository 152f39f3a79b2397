using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>Each stub SDK's usage file: every "// expect: ID, …" line gets those diagnostics and no other line gets one.</summary>
public sealed class UsageFileTests
{
    private static readonly Regex Expectation = new(@"//\s*expect:\s*(?<ids>LLM\d{4}(\s*,\s*LLM\d{4})*)", RegexOptions.Compiled);

    public static TheoryData<TestSdks, string> Files() => new()
    {
        { TestSdks.SemanticKernel, "Stubs/SemanticKernel/Usage.cs.txt" },
        { TestSdks.OllamaSharp, "Stubs/OllamaSharp/Usage.cs.txt" },
        { TestSdks.AnthropicSdk, "Stubs/AnthropicSdk/Usage.cs.txt" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task DiagnosticsMatchTheExpectMarkers(TestSdks sdk, string path)
    {
        var source = StubFiles.Read(path);
        var lines = source.Split('\n');
        Assert.All(lines.Where(l => l.Contains("// expect:")), line => Assert.Matches(Expectation, line));

        var expected = lines
            .Select((line, index) => (Line: index + 1, Match: Expectation.Match(line)))
            .Where(x => x.Match.Success)
            .SelectMany(x => x.Match.Groups["ids"].Value.Split(',').Select(id => $"{x.Line}: {id.Trim()}"))
            .Order()
            .ToArray();
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(sdk).WithSource(source).GetDiagnosticsAsync();
        var actual = diagnostics
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}")
            .Distinct()
            .Order()
            .ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
