using System;
using System.Linq;
using LlmAnalyzers.Catalog;

namespace LlmAnalyzers.Tests.Catalog;

public sealed class ModelCatalogTests
{
    [Theory]
    // Exact ids and aliases, any case.
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData("GPT-4o", "gpt-4o")]
    [InlineData("  gpt-4o ", "gpt-4o")]
    [InlineData("gpt-4", "gpt-4")]
    [InlineData("gpt-4o-2024-05-13", "gpt-4o-2024-05-13")]
    [InlineData("gpt-4-0125-preview", "gpt-4-turbo-preview")]
    [InlineData("claude-sonnet-5", "claude-sonnet-5")]
    [InlineData("claude-sonnet-5-5", "claude-sonnet-5-5")]
    [InlineData("llama-3.3-70b-instruct", "Llama-3.3-70B-Instruct")]
    [InlineData("meta-llama/llama-4-scout-17b-16e-instruct", "meta-llama/llama-4-scout-17b-16e-instruct")]
    // Dated snapshots.
    [InlineData("gpt-4o-mini-2024-07-18", "gpt-4o-mini")]
    [InlineData("gpt-4o-2099-01-01", "gpt-4o")]
    [InlineData("gpt-5.4-mini-2026-09-09", "gpt-5.4-mini")]
    [InlineData("o3-2025-04-16", "o3")]
    [InlineData("claude-sonnet-4-6-20260217", "claude-sonnet-4-6")]
    [InlineData("claude-haiku-4-5-20251001", "claude-haiku-4-5-20251001")]
    // Routing prefixes.
    [InlineData("openai/gpt-4o", "gpt-4o")]
    [InlineData("openrouter/openai/gpt-4o-mini", "gpt-4o-mini")]
    [InlineData("anthropic/claude-sonnet-4-5", "claude-sonnet-4-5-20250929")]
    [InlineData("models/gemini-2.5-flash", "gemini-2.5-flash")]
    [InlineData("groq/meta-llama/llama-4-scout-17b-16e-instruct", "meta-llama/llama-4-scout-17b-16e-instruct")]
    [InlineData("openai/gpt-oss-120b", "gpt-oss-120b")]
    [InlineData("groq/openai/gpt-oss-20b", "gpt-oss-20b")]
    // Bedrock: region, provider, version.
    [InlineData("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5-20250929")]
    [InlineData("eu.anthropic.claude-3-7-sonnet-20250219-v1:0", "claude-3-7-sonnet-20250219")]
    [InlineData("global.anthropic.claude-opus-4-6-v1", "claude-opus-4-6")]
    [InlineData("apac.anthropic.claude-sonnet-4-20250514-v1:0", "claude-sonnet-4-20250514")]
    [InlineData("anthropic.claude-haiku-4-5-20251001-v2:0", "claude-haiku-4-5-20251001")]
    [InlineData("us.anthropic.claude-sonnet-5-v1:0", "claude-sonnet-5")]
    [InlineData("eu.meta.llama3-3-70b-instruct-v1:0", "meta.llama3-3-70b-instruct-v1:0")]
    [InlineData("us.meta.llama3-1-8b-instruct-v1:0", "meta.llama3-1-70b-instruct-v1:0")]
    [InlineData("openai.gpt-oss-120b-1:0", "gpt-oss-120b")]
    // Vertex.
    [InlineData("claude-sonnet-4-5@20250929", "claude-sonnet-4-5-20250929")]
    [InlineData("claude-opus-4-6@default", "claude-opus-4-6")]
    [InlineData("claude-sonnet-5-5@20260928", "claude-sonnet-5-5")]
    [InlineData("publishers/anthropic/models/claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet-20241022")]
    [InlineData("projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro", "gemini-2.5-pro")]
    // Longest prefix ending on a '-'.
    [InlineData("gpt-4-0613", "gpt-4")]
    [InlineData("gpt-4-5555", "gpt-4")]
    [InlineData("gpt-4o-realtime-preview", "gpt-4o")]
    [InlineData("o4-mini-high", "o4-mini")]
    [InlineData("claude-sonnet-5-5-preview", "claude-sonnet-5-5")]
    [InlineData("claude-sonnet-5-preview", "claude-sonnet-5")]
    [InlineData("gemini-2.5-pro-exp-03-25", "gemini-2.5-pro")]
    [InlineData("us.anthropic.claude-sonnet-5-5-preview-v1:0", "claude-sonnet-5-5")]
    [InlineData("gemini-2.5-flash-001", "gemini-2.5-flash")]
    // Unknown.
    [InlineData("gpt-4x", null)]
    [InlineData("gpt-4.7", null)]
    [InlineData("gpt-99", null)]
    [InlineData("claude-sonnet-55", null)]
    [InlineData("claude-fable-5-2", null)] // a newer version, not a variant of claude-fable-5
    [InlineData("claude-opus-5-7-preview", null)]
    [InlineData("gpt-4-1", null)]
    [InlineData("grok-4-2", null)]
    [InlineData("claude-3-5-sonnet", null)] // two snapshots: ambiguous
    [InlineData("text-davinci-003", null)]
    [InlineData("gpt", null)]
    [InlineData("-", null)]
    [InlineData("/", null)]
    [InlineData("@", null)]
    [InlineData("-v1:0", null)]
    [InlineData("-2024-01-01", null)]
    [InlineData("us.anthropic.", null)]
    [InlineData("openai/", null)]
    public void Find_MatchesIdsAliasesNormalizedIdsAndPrefixes(string input, string? expectedId)
    {
        Assert.Equal(expectedId, ModelCatalog.Find(input)?.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Find_ReturnsNullForNoId(string? input)
    {
        Assert.Null(ModelCatalog.Find(input));
    }

    [Theory]
    [InlineData("o1", true, false)]
    [InlineData("o3", true, true)]
    [InlineData("o3-2025-04-16", true, true)]
    [InlineData("o4-mini", true, true)]
    [InlineData("o3-mini", true, false)]
    [InlineData("o3-pro", true, false)]
    [InlineData("o4-mini-deep-research", true, false)]
    [InlineData("codex-mini-latest", true, false)]
    [InlineData("gpt-4o", false, false)]
    [InlineData("gpt-5", true, false)]
    [InlineData("gpt-5-chat-latest", false, false)]
    [InlineData("gpt-5.2-chat-latest", false, false)]
    [InlineData("gpt-6-sol", true, false)]
    [InlineData("gpt-oss-120b", false, false)]
    [InlineData("deepseek-reasoner", true, false)]
    [InlineData("deepseek-chat", false, false)]
    [InlineData("grok-4-fast-reasoning", true, false)]
    [InlineData("grok-4-fast-non-reasoning", false, false)]
    [InlineData("grok-4-1-fast-reasoning-latest", true, false)]
    [InlineData("grok-4-1-fast", false, false)]
    [InlineData("grok-3-mini-fast", true, false)]
    [InlineData("grok-4", false, false)]
    [InlineData("gemini-2.0-flash", false, false)]
    [InlineData("gemini-2.5-pro", true, false)]
    [InlineData("gemini-2.5-flash-lite", false, false)]
    [InlineData("gemini-3.8-flash", true, false)]
    [InlineData("magistral-medium-2509", true, false)]
    [InlineData("command-a-reasoning-08-2025", true, false)]
    [InlineData("command-a", false, false)]
    [InlineData("claude-sonnet-4-5", false, false)]
    [InlineData("claude-fable-5", true, false)]
    public void Flags(string id, bool isReasoning, bool rejectsStopSequences)
    {
        var model = ModelCatalog.Find(id)!;
        Assert.Equal(isReasoning, model.IsReasoning);
        Assert.Equal(rejectsStopSequences, model.RejectsStopSequences);
    }

    [Theory]
    [InlineData("gemini-2.5-pro", 128, 32768)]
    [InlineData("gemini-2.5-flash", 0, 24576)]
    [InlineData("gemini-2.5-flash-preview-05-20", 0, 24576)]
    [InlineData("gemini-2.5-flash-lite", 512, 24576)]
    public void ThinkingBudget_WhereTheProviderRulesGiveOne(string id, int min, int max)
    {
        Assert.Equal((min, max), ModelCatalog.Find(id)!.ThinkingBudget);
    }

    [Theory]
    [InlineData("gemini-3-pro-preview")]
    [InlineData("claude-sonnet-4-5")]
    [InlineData("command-a-reasoning-08-2025")]
    public void ThinkingBudget_NullElsewhere(string id)
    {
        Assert.Null(ModelCatalog.Find(id)!.ThinkingBudget);
    }

    [Theory]
    [InlineData("claude-3-7-sonnet-latest", 64000, 128000)]
    [InlineData("claude-sonnet-4-5", 64000, null)] // its beta header raises the context window only
    [InlineData("grok-4", null, null)]
    public void OutputCaps(string id, int? maxOutputTokens, int? betaMaxOutputTokens)
    {
        var model = ModelCatalog.Find(id)!;
        Assert.Equal(maxOutputTokens, model.MaxOutputTokens);
        Assert.Equal(betaMaxOutputTokens, model.BetaMaxOutputTokens);
    }

    [Fact]
    public void NoTwoEntriesShareAnIdOrAlias()
    {
        var duplicates = ModelCatalog.All
            .SelectMany(m => m.Aliases.Prepend(m.Id))
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void ProvidersAreNormalized()
    {
        string[] providers = ["openai", "anthropic", "google", "mistral", "xai", "cohere", "deepseek", "meta"];
        Assert.All(ModelCatalog.All, m => Assert.Contains(m.Provider, providers));
    }
}
