using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Tests.Rules;

[Trait("Rule", "LLM0099")]
public sealed class LLM0099_InvalidConfigurationTests
{
    private const string Source = """
        using System.Collections.Generic;
        using OpenAI.Chat;

        class C
        {
            ChatCompletion M(List<ChatMessage> messages) => new ChatClient("gpt-4o", "key").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 20000 });
        }
        """;

    private static async Task<string[]> ConfigurationMessages(Verifier verifier)
    {
        var diagnostics = await verifier.WithAnalyzer<LlmRequestAnalyzer>().WithSource(Source).GetDiagnosticsAsync();
        return diagnostics.Where(d => d.Id == RuleIdentifiers.InvalidConfiguration)
            .Select(d => d.GetMessage(CultureInfo.InvariantCulture))
            .OrderBy(m => m, System.StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public async Task MalformedEditorConfigValues_OneDiagnosticEach_DefaultsApply()
    {
        var verifier = new Verifier().WithEditorConfig(
            "llm_analyzers.default_max_output_tokens = lots",
            "llm_analyzers.model_output_caps = gpt-4o:8000, broken, other:-3",
            "llm_analyzers.max_tokens_typo = 5");
        var messages = await ConfigurationMessages(verifier);

        Assert.Equal(
            [
                ".editorconfig key 'llm_analyzers.default_max_output_tokens': 'lots' is not a positive integer; using 1024",
                ".editorconfig key 'llm_analyzers.max_tokens_typo': unknown option; known options are llm_analyzers.default_max_output_tokens, llm_analyzers.model_output_caps, llm_analyzers.min_stop_sequence_length, llm_analyzers.stop_sequence_denylist, llm_analyzers.max_output_tokens_ceiling, llm_analyzers.min_reasoning_output_tokens",
                ".editorconfig key 'llm_analyzers.model_output_caps': entry 'broken' is not 'model:tokens' with a positive token count; the entry is ignored",
                ".editorconfig key 'llm_analyzers.model_output_caps': entry 'other:-3' is not 'model:tokens' with a positive token count; the entry is ignored",
            ],
            messages);

        // The well-formed entry still applies: 20000 > 8000.
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSource(Source)
            .WithEditorConfig("llm_analyzers.model_output_caps = gpt-4o:8000, broken").GetDiagnosticsAsync();
        Assert.Contains(diagnostics, d => d.Id == "LLM0003" && d.GetMessage(CultureInfo.InvariantCulture).Contains("8000-token"));
    }

    /// <summary>Every integer option: a malformed value is reported once and the rule behaves as with the default.</summary>
    [Theory]
    [InlineData("llm_analyzers.min_stop_sequence_length", "three", "using 3")]
    [InlineData("llm_analyzers.max_output_tokens_ceiling", "-5", "no ceiling applies")]
    [InlineData("llm_analyzers.min_reasoning_output_tokens", "1e3", "using 1024")]
    [InlineData("llm_analyzers.default_max_output_tokens", "0", "using 1024")]
    public async Task EveryIntegerOption_MalformedValue_ReportedAndDefaulted(string key, string value, string fallback)
    {
        var messages = await ConfigurationMessages(new Verifier().WithEditorConfig($"{key} = {value}"));
        Assert.Equal([$".editorconfig key '{key}': '{value}' is not a positive integer; {fallback}"], messages);
    }

    [Fact]
    public async Task MalformedOptions_RulesFallBackToDefaults()
    {
        const string source = """
            using System.Collections.Generic;
            using OpenAI.Chat;

            class C
            {
                void M(List<ChatMessage> messages)
                {
                    var options = new ChatCompletionOptions { MaxOutputTokenCount = 300, StopSequences = { "ab" } };
                    new ChatClient("o3-mini", "key").CompleteChat(messages, options);
                }
            }
            """;
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSource(source)
            .WithEditorConfig("llm_analyzers.min_stop_sequence_length = x", "llm_analyzers.min_reasoning_output_tokens = y", "llm_analyzers.max_output_tokens_ceiling = z")
            .GetDiagnosticsAsync();
        Assert.Equal(["LLM0004", "LLM0011", "LLM0099", "LLM0099", "LLM0099"], diagnostics.Select(d => d.Id).OrderBy(id => id).ToArray());
    }

    [Theory]
    [InlineData("{ not json", "llm-models.json: not valid JSON: expected a property name in double quotes (line 1, column 3); no overrides from this file apply")]
    [InlineData("{ \"model\": \"x\" }", "llm-models.json: expected an array of model objects at the top level; no overrides from this file apply")]
    [InlineData("[ 5 ]", "llm-models.json: entry 1 is not an object; it is ignored")]
    [InlineData("[ { \"max_output_tokens\": 5 } ]", "llm-models.json: entry 1 has no 'model' string; it is ignored")]
    [InlineData("[ { \"model\": \"m\", \"max_output_tokens\": \"big\" } ]", "llm-models.json: entry 1 ('m'): 'max_output_tokens' must be a positive integer; the entry is ignored")]
    [InlineData("[ { \"model\": \"m\", \"aliases\": [1] } ]", "llm-models.json: entry 1 ('m'): 'aliases' must be an array of strings; it is ignored")]
    public async Task MalformedModelsFile_ClearMessage(string json, string expected)
    {
        var messages = await ConfigurationMessages(new Verifier().WithAdditionalFile("llm-models.json", json));
        Assert.Equal([expected], messages);
    }

    [Fact]
    public async Task GoodEntriesOfAPartlyBrokenFileStillApply()
    {
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSource(Source)
            .WithAdditionalFile("llm-models.json", """[ { "model": "gpt-4o", "max_output_tokens": 9000 }, { "model": 7 } ]""")
            .GetDiagnosticsAsync();
        Assert.Contains(diagnostics, d => d.Id == "LLM0003" && d.GetMessage(CultureInfo.InvariantCulture).Contains("9000-token"));
        Assert.Single(diagnostics, d => d.Id == "LLM0099");
    }

    [Fact]
    public async Task ValidConfiguration_NoDiagnostic()
    {
        var messages = await ConfigurationMessages(new Verifier()
            .WithEditorConfig("llm_analyzers.default_max_output_tokens = 500", "llm_analyzers.model_output_caps = a:1, anthropic.claude-x-v1:0:4096")
            .WithAdditionalFile("llm-models.json", "[]"));
        Assert.Empty(messages);
    }

    [Fact]
    public async Task SameProblemInManyFiles_ReportedOnce()
    {
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>()
            .WithSource(Source).WithSource("class D { }").WithSource("class E { }")
            .WithEditorConfig("llm_analyzers.default_max_output_tokens = 0")
            .GetDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "LLM0099");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
    }

    [Fact]
    public async Task NoSdkReferenced_NothingIsRead()
    {
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.None)
            .WithSource("class C { }")
            .WithEditorConfig("llm_analyzers.default_max_output_tokens = nope")
            .GetDiagnosticsAsync();
        Assert.Empty(diagnostics);
    }

    /// <summary>The diagnostic has no source location, so its severity is set in a global config, not per file.</summary>
    [Fact]
    public async Task SeverityCanBeRaisedInAGlobalConfig()
    {
        var diagnostics = await new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSource(Source)
            .WithEditorConfig("llm_analyzers.default_max_output_tokens = 0")
            .WithGlobalConfig("is_global = true\ndotnet_diagnostic.LLM0099.severity = error\n")
            .GetDiagnosticsAsync();
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "LLM0099").Severity);
    }
}
