using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>Each stub SDK's usage file: the analyzers report exactly the IDs of its "// expect: LLMnnnn, …" lines, and nothing elsewhere.</summary>
public sealed class UsageFileTests
{
    private static readonly Regex Marker = new(@"//\s*expect:(?!"")", RegexOptions.Compiled);
    private static readonly Regex Expectation = new(@"//\s*expect:\s*(?<ids>LLM\d{4}(\s*,\s*LLM\d{4})*)\s*$", RegexOptions.Compiled);

    /// <summary>A team ceiling, so that the files can show LLM0010.</summary>
    private const string Ceiling = "llm_analyzers.max_output_tokens_ceiling = 16000";

    public static TheoryData<TestSdks, string> Files() => new()
    {
        { TestSdks.GoogleGenAI, "Stubs/GoogleGenAI/Usage.V1.cs.txt" },
        { TestSdks.GoogleGenAIPre1, "Stubs/GoogleGenAI/Usage.V0.cs.txt" },
        { TestSdks.MsccGenerativeAI, "Stubs/MsccGenerativeAI/Usage.cs.txt" },
        { TestSdks.AwsBedrock, "Stubs/AwsBedrock/Usage.cs.txt" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task DiagnosticsMatchTheExpectMarkers(TestSdks sdk, string path)
    {
        var lines = StubFiles.Read(path).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.All(lines.Where(l => Marker.IsMatch(l)), line => Assert.Matches(Expectation, line));

        var expected = lines
            .Select((line, index) => (Line: index + 1, Match: Expectation.Match(line)))
            .Where(x => x.Match.Success)
            .SelectMany(x => x.Match.Groups["ids"].Value.Split(',').Select(id => $"{x.Line}: {id.Trim()}"))
            .OrderBy(x => x, StringComparer.Ordinal);
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(sdk).WithEditorConfig(Ceiling).WithSource(string.Join("\n", lines)).GetDiagnosticsAsync();
        var actual = diagnostics
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}")
            .OrderBy(x => x, StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }
}
