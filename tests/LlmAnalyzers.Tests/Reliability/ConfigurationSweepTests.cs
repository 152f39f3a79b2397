using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>
/// Malformed llm_analyzers.* values and llm-models.json files: no exception, exactly one LLM0099 per problem, and every
/// other diagnostic exactly as without the configuration (the defaults apply).
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ConfigurationSweepTests(ITestOutputHelper output)
{
    // LLM0001, LLM0002, LLM0003 (gpt-4o answers with at most 16384 tokens) and LLM0006 (whose fix property carries the default cap).
    private const string Source = """
        using System.Collections.Generic;
        using OpenAI.Chat;

        class C
        {
            private readonly ChatClient _client = new("gpt-4o", "key");

            string Unbounded(List<ChatMessage> messages) => _client.CompleteChat(messages).Value.Content[0].Text;

            ChatCompletion TooMany(List<ChatMessage> messages) => _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 20000 });

            ChatCompletion Zero(List<ChatMessage> messages) => _client.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 0 });
        }
        """;

    private static readonly string Long = new('9', 5_000);
    private static readonly string LongText = string.Concat(Enumerable.Repeat("ab€😀", 2_000));

    public static TheoryData<string> MalformedNumbers() =>
    [
        "lots", "-5", "0", "-0", "99999999999999999999", "2147483648", Long, "1e3", "0x10", "1,024", "1_024", "12abc", "4.5",
        "１０２４", "١٠٢٤", "NaN", "∞", "null", "\"1024\"", "'1024'", LongText, "\u00e9", "\u200b",
    ];

    public static TheoryData<string> MalformedCapLists() =>
    [
        "gpt-4o", "gpt-4o:", ":5", "gpt-4o:-1", "gpt-4o:0", "gpt-4o:abc", "gpt-4o:99999999999999999999", "gpt-4o:1e3",
        "gpt-4o=5", "gpt-4o 5", "gpt-4o:１０", "gpt-4o:" + Long, LongText, "模型", "gpt-4o:5:x",
    ];

    private static readonly string[] MalformedModelFiles =
    [
        "", " ", "\n\t", "garbage", "{", "[", "[{", "[{\"model\":", "[{\"model\":\"m\",", "{ not json", "]", "nul", "tru",
        "[1,]", "[,1]", "{\"a\":1,}", "// comment\n[]", "/* c */ []", "[] []", "[] x", "'[]'", "[\"unterminated]",
        "[\"\\x\"]", "[\"\\u12\"]", "[01]", "[1.]", "[-]", "[1e]", "[+1]", "[NaN]", "[Infinity]", "\0", "\uFEFF\uFEFF[]",
        new string('[', 100_000), new string('{', 100_000), string.Concat(Enumerable.Repeat("{\"a\":", 10_000)),
        "[" + string.Join(",", Enumerable.Repeat("{\"model\":\"m\"", 1)) + "]", // truncated object
        "{\"model\":\"m\",\"max_output_tokens\":5}", "\"[]\"", "5", "true", "null",
        "[5]", "[null]", "[[]]", "[\"m\"]", "[{}]", "[{\"model\":5}]", "[{\"model\":\"\"}]", "[{\"model\":\"   \"}]", "[{\"model\":null}]",
        "[{\"model\":\"m\",\"max_output_tokens\":\"big\"}]", "[{\"model\":\"m\",\"max_output_tokens\":-1}]",
        "[{\"model\":\"m\",\"max_output_tokens\":0}]", "[{\"model\":\"m\",\"max_output_tokens\":1.5}]",
        "[{\"model\":\"m\",\"max_output_tokens\":1e400}]", "[{\"model\":\"m\",\"max_output_tokens\":99999999999999999999}]",
        "[{\"model\":\"m\",\"max_output_tokens\":2147483648}]", "[{\"model\":\"m\",\"max_output_tokens\":" + Long + "}]",
        "[{\"model\":\"m\",\"max_output_tokens\":true}]", "[{\"model\":\"m\",\"max_output_tokens\":[1]}]",
        "[{\"model\":\"m\",\"context_window\":{}}]", "[{\"model\":\"m\",\"aliases\":\"a\"}]", "[{\"model\":\"m\",\"aliases\":[1]}]",
        "[{\"model\":\"m\",\"aliases\":[null]}]", "[{\"model\":\"m\",\"aliases\":[[\"a\"]]}]",
        "[" + string.Concat(Enumerable.Repeat("[", 63)) + string.Concat(Enumerable.Repeat("]", 63)) + "]",
    ];

    /// <summary>Unusual but valid files: no LLM0099.</summary>
    private static readonly string[] ValidModelFiles =
    [
        "[]", " [ ] ", "[{\"model\":\"m\"}]", "[{\"model\":\"m\",\"max_output_tokens\":null}]", "[{\"model\":\"" + LongText + "\",\"max_output_tokens\":5}]",
        "[{\"model\":\"\\u00e9\\ud83d\\ude00\",\"aliases\":[],\"max_output_tokens\":2147483647,\"context_window\":1e3,\"extra\":{\"nested\":[1,2,{}]}}]",
        "[{\"model\":\"m\",\"model\":\"n\",\"max_output_tokens\":5}]",
    ];

    [Theory]
    [MemberData(nameof(MalformedNumbers))]
    public Task DefaultMaxOutputTokens_Malformed_OneLLM0099(string value) =>
        ExpectOneProblemAsync(editorConfig: [$"llm_analyzers.default_max_output_tokens = {value}"], modelsFile: null);

    [Theory]
    [MemberData(nameof(MalformedCapLists))]
    public Task ModelOutputCaps_OneMalformedEntry_OneLLM0099(string entry) =>
        ExpectOneProblemAsync(editorConfig: [$"llm_analyzers.model_output_caps = other-model:500, {entry}"], modelsFile: null);

    [Theory]
    [InlineData("llm_analyzers.max_tokens")]
    [InlineData("llm_analyzers.")]
    [InlineData("llm_analyzers.default_max_output_tokens_")]
    [InlineData("llm_analyzers.ключ")]
    [InlineData("llm_analyzers.a.b.c")]
    public Task UnknownKey_OneLLM0099(string key) => ExpectOneProblemAsync(editorConfig: [$"{key} = 5"], modelsFile: null);

    [Fact]
    public async Task ModelsFile_Malformed_OneLLM0099Each()
    {
        var files = MalformedModelFiles;
        foreach (var file in files)
            await ExpectOneProblemAsync(editorConfig: null, modelsFile: file);
        output.WriteLine($"{files.Length} malformed llm-models.json files");
    }

    [Fact]
    public async Task ModelsFile_UnusualButValid_NoLLM0099()
    {
        var baseline = await Baseline.Value;
        foreach (var file in ValidModelFiles)
        {
            var analysis = await AnalyzeAsync(null, file);
            Assert.Equal(baseline, analysis);
        }
    }

    /// <summary>A file saved with a byte-order mark, read the way the compiler reads additional files.</summary>
    [Fact]
    public async Task ModelsFile_WithByteOrderMark_Applies()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""[ { "model": "gpt-4o", "max_output_tokens": 9000 } ]""")).ToArray();
        var project = Workbench.CreateProject([Source], References.For(TestSdks.All))
            .AddAdditionalDocument("llm-models.json", SourceText.From(new MemoryStream(bytes)), filePath: "/0/llm-models.json").Project;
        var analysis = await Workbench.AnalyzeAsync(project);
        Assert.Empty(analysis.Exceptions);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Id == "LLM0099");
        Assert.Contains(analysis.Diagnostics, d => d.Id == "LLM0003" && d.GetMessage(CultureInfo.InvariantCulture).Contains("9000-token", StringComparison.Ordinal));
    }

    private static readonly Lazy<Task<List<string>>> Baseline = new(() => AnalyzeAsync(null, null));

    [Fact]
    public async Task Baseline_HasEveryRuleButLLM0099()
    {
        var baseline = await Baseline.Value;
        Assert.DoesNotContain(baseline, d => d.StartsWith("LLM0099", StringComparison.Ordinal));
        foreach (var id in new[] { "LLM0001", "LLM0002", "LLM0003", "LLM0006" })
            Assert.Contains(baseline, d => d.StartsWith(id, StringComparison.Ordinal));
    }

    private async Task ExpectOneProblemAsync(IReadOnlyList<string>? editorConfig, string? modelsFile)
    {
        var baseline = await Baseline.Value;

        var analysis = await AnalyzeAsync(editorConfig, modelsFile);
        var what = modelsFile is null ? string.Join("; ", editorConfig!) : $"llm-models.json: {Shorten(modelsFile)}";
        var problems = analysis.Where(d => d.StartsWith("LLM0099", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 1, $"{Shorten(what)}: expected one LLM0099, got {problems.Count}:\n{string.Join("\n", problems.Select(Shorten))}");
        Assert.Equal(baseline, analysis.Where(d => !d.StartsWith("LLM0099", StringComparison.Ordinal)).ToList());
    }

    /// <summary>The fingerprints of the diagnostics; throws on any analyzer exception.</summary>
    private static async Task<List<string>> AnalyzeAsync(IReadOnlyList<string>? editorConfig, string? modelsFile)
    {
        var project = Workbench.CreateProject([Source], References.For(TestSdks.All), editorConfig: editorConfig,
            additionalFiles: modelsFile is null ? null : [("llm-models.json", modelsFile)]);
        var analysis = await Workbench.AnalyzeAsync(project);
        Assert.True(analysis.Exceptions.IsEmpty, string.Join("\n", analysis.Exceptions));
        return analysis.Diagnostics.Select(Workbench.Fingerprint).Order(StringComparer.Ordinal).ToList();
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + $"… ({text.Length} chars)";
}
