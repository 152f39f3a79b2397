using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>
/// Each stub's usage file is realistic user code: the analyzers report exactly the IDs of its "// expect: LLM0001, LLM0002"
/// markers, on those lines, and nothing anywhere else. Add a row per (flag, usage file); the file's other wrong code
/// (that no rule covers) carries no marker.
/// </summary>
public sealed class UsageFileTests
{
    public static TheoryData<TestSdks, string> Files() => new()
    {
        { TestSdks.OpenAI, "Sdks/Usage/OpenAI.cs.txt" },
        { TestSdks.Anthropic, "Sdks/Usage/Anthropic.cs.txt" },
        { TestSdks.ExtensionsAI, "Sdks/Usage/ExtensionsAI.cs.txt" },
        { TestSdks.AzureOpenAI, "Stubs/AzureOpenAI/Usage.cs.txt" },
        { TestSdks.AzureAIInference, "Stubs/AzureAIInference/Usage.cs.txt" },
        { TestSdks.OpenAI27, "Stubs/OpenAI27/Usage.cs.txt" },
        { TestSdks.BetalgoRanulOpenAI, "Stubs/BetalgoRanulOpenAI/Usage.cs.txt" },
        { TestSdks.BetalgoOpenAI8, "Stubs/BetalgoOpenAI8/Usage.cs.txt" },
        { TestSdks.GoogleGenAI, "Stubs/GoogleGenAI/Usage.V1.cs.txt" },
        { TestSdks.GoogleGenAIPre1, "Stubs/GoogleGenAI/Usage.V0.cs.txt" },
        { TestSdks.MsccGenerativeAI, "Stubs/MsccGenerativeAI/Usage.cs.txt" },
        { TestSdks.AwsBedrock, "Stubs/AwsBedrock/Usage.cs.txt" },
        { TestSdks.SemanticKernel, "Stubs/SemanticKernel/Usage.cs.txt" },
        { TestSdks.OllamaSharp, "Stubs/OllamaSharp/Usage.cs.txt" },
        { TestSdks.AnthropicSdk, "Stubs/AnthropicSdk/Usage.cs.txt" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public Task Analyzers_ReportExactlyTheMarkedIds(TestSdks sdk, string path) => VerifyAsync(sdk, path);

    // "// expect: LLM0001, LLM0008", optionally followed by "; no rule: …" (wrong code that no rule covers).
    private static readonly Regex Marker = new(@"//\s*expect:\s*(?<rest>[^;]*)", RegexOptions.Compiled);
    private static readonly Regex Ids = new(@"^LLM\d{4}(\s*,\s*LLM\d{4})*\s*$", RegexOptions.Compiled);

    /// <summary>Runs the analyzers over the usage file with its flag alone and compares "line: ID" pairs with the markers (comment-only lines hold none).</summary>
    internal static async Task VerifyAsync(TestSdks sdk, string path)
    {
        var source = StubFiles.Read(path);
        var lines = source.Split('\n');
        var markers = lines
            .Select((line, index) => (Line: index + 1, Text: line, Match: Marker.Match(line)))
            .Where(x => x.Match.Success && !x.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .ToList();
        var malformed = markers.Where(x => !Ids.IsMatch(x.Match.Groups["rest"].Value)).Select(x => $"line {x.Line}: {x.Match.Value}").ToList();
        Assert.True(malformed.Count == 0, $"{path}: markers must list rule IDs (// expect: LLM0001, LLM0002):{Environment.NewLine}{string.Join(Environment.NewLine, malformed)}");

        var expected = markers.SelectMany(x => x.Match.Groups["rest"].Value.Split(',').Select(id => (x.Line, Id: id.Trim()))).ToList();
        // A ceiling between the caps the files treat as ordinary (at most 9000) and as excessive (at least 20000).
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(sdk).WithSource(source)
            .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 16000")
            .GetDiagnosticsAsync();
        var actual = diagnostics.Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id)).ToList();

        // A marker names each ID once per line, however many times it is reported there (one per stop sequence).
        var missing = expected.Except(actual).Select(x => $"    missing    {x.Id} line {x.Line}: {lines[x.Line - 1].Trim()}");
        var unexpected = actual.Except(expected).Select(x => $"    unexpected {x.Id} line {x.Line}: {lines[x.Line - 1].Trim()}");
        var differences = missing.Concat(unexpected).ToList();
        Assert.True(differences.Count == 0, $"{path}: diagnostics differ from the markers:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
        Assert.NotEmpty(expected);
    }
}
