using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>Anthropic.SDK 5.x by tghamm (TestSdks.AnthropicSdk).</summary>
public sealed class AnthropicSdkTests
{
    private const string Usings = """
        using System;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Anthropic.SDK;
        using Anthropic.SDK.Constants;
        using Anthropic.SDK.Messaging;

        """;

    private static Verifier Create(string rule) => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithSdks(TestSdks.AnthropicSdk)
        .WithRule(rule);

    /// <summary>A method of a class with a client field; <paramref name="body"/> sees <c>_client</c>, <c>text</c> and <c>parameters</c>.</summary>
    private static string Code(string body) => Usings + $$"""
        class C
        {
            private readonly AnthropicClient _client = new(new APIAuthentication("key"));

            async Task<string> M(string text, MessageParameters parameters)
            {
        {{body}}
            }
        }
        """;

    // ---- LLM0001 ----

    [Fact]
    public Task MissingMaxTokens_Reported_FixSetsIt() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Code("""
                    var request = new MessageParameters { Model = AnthropicModels.Claude45Haiku, Messages = [new Message(RoleType.User, text)] };
                    var response = await _client.Messages.[|GetClaudeMessageAsync|](request);
                    return response.StopReason == "max_tokens" ? "" : response.Message.ToString();
            """))
        .ExpectMessage("'GetClaudeMessageAsync' is called without 'MessageParameters.MaxTokens'; it stays 0, so the API rejects the request or generates nothing")
        .ShouldFixTo(Code("""
                    var request = new MessageParameters { Model = AnthropicModels.Claude45Haiku, Messages = [new Message(RoleType.User, text)], MaxTokens = 1024 };
                    var response = await _client.Messages.GetClaudeMessageAsync(request);
                    return response.StopReason == "max_tokens" ? "" : response.Message.ToString();
            """))
        .ValidateAsync();

    [Fact]
    public Task MissingMaxTokens_Streaming_Reported() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Code("""
                    var builder = new StringBuilder();
                    await foreach (var item in _client.Messages.[|StreamClaudeMessageAsync|](new MessageParameters { Model = AnthropicModels.Claude45Haiku }))
                        builder.Append(item.Delta?.Text);
                    return builder.ToString();
            """))
        .ValidateAsync();

    [Theory]
    [InlineData("new MessageParameters { Model = AnthropicModels.Claude45Haiku, MaxTokens = 800 }")]
    [InlineData("parameters")]
    public Task MaxTokensSetOrUnseen_Silent(string request) => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Code($$"""
                    var response = await _client.Messages.GetClaudeMessageAsync({{request}});
                    return response.StopReason == "max_tokens" ? "" : response.Message.ToString();
            """))
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard ----

    [Fact]
    public Task UncheckedResponse_Reported_GuardComparesTheStopReasonString() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code("""
                    MessageResponse response = await _client.Messages.[|GetClaudeMessageAsync|](parameters);
                    return response.Message.ToString();
            """))
        .ExpectMessage("The response of 'GetClaudeMessageAsync' is used without checking 'MessageResponse.StopReason'; a truncated answer ('max_tokens' or 'model_context_window_exceeded') would pass as complete")
        .ShouldFixTo(Code("""
                    MessageResponse response = await _client.Messages.GetClaudeMessageAsync(parameters);
                    if (response.StopReason is "max_tokens" or "model_context_window_exceeded")
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (finish reason \"max_tokens\" or \"model_context_window_exceeded\"); the response is incomplete.");
                    }

                    return response.Message.ToString();
            """))
        .ValidateAsync();

    [Fact]
    public Task UncheckedStream_Reported_GuardRecordsTheDeltaStopReason() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code("""
                    var builder = new StringBuilder();
                    await foreach (MessageResponse item in _client.Messages.[|StreamClaudeMessageAsync|](parameters))
                        builder.Append(item.Delta?.Text);
                    return builder.ToString();
            """))
        .ExpectMessage("The response of 'StreamClaudeMessageAsync' is used without checking 'Delta.StopReason'; a truncated answer ('max_tokens' or 'model_context_window_exceeded') would pass as complete")
        .ShouldFixTo(Code("""
                    var builder = new StringBuilder();
                    string? stopReason = null;
                    await foreach (MessageResponse item in _client.Messages.StreamClaudeMessageAsync(parameters))
                    {
                        stopReason = item.Delta?.StopReason ?? stopReason;
                        builder.Append(item.Delta?.Text);
                    }

                    if (stopReason is "max_tokens" or "model_context_window_exceeded")
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (finish reason \"max_tokens\" or \"model_context_window_exceeded\"); the response is incomplete.");
                    }

                    return builder.ToString();
            """))
        .ValidateAsync();

    [Fact]
    public Task UncheckedStream_NullableAnnotationsOff_GuardDeclaresAPlainString() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource("#nullable disable\n" + Code("""
                    var builder = new StringBuilder();
                    await foreach (MessageResponse item in _client.Messages.[|StreamClaudeMessageAsync|](parameters))
                        builder.Append(item.Delta?.Text);
                    return builder.ToString();
            """))
        .ShouldFixTo("#nullable disable\n" + Code("""
                    var builder = new StringBuilder();
                    string stopReason = null;
                    await foreach (MessageResponse item in _client.Messages.StreamClaudeMessageAsync(parameters))
                    {
                        stopReason = item.Delta?.StopReason ?? stopReason;
                        builder.Append(item.Delta?.Text);
                    }

                    if (stopReason is "max_tokens" or "model_context_window_exceeded")
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (finish reason \"max_tokens\" or \"model_context_window_exceeded\"); the response is incomplete.");
                    }

                    return builder.ToString();
            """))
        .ValidateAsync();

    [Theory]
    [InlineData("""
                var response = await _client.Messages.GetClaudeMessageAsync(parameters);
                return response.StopReason == "max_tokens" ? "" : response.Message.ToString();
        """)]
    [InlineData("""
                var builder = new StringBuilder();
                await foreach (var item in _client.Messages.StreamClaudeMessageAsync(parameters))
                {
                    builder.Append(item.Delta?.Text);
                    if (item.Delta?.StopReason == "max_tokens")
                        return "";
                }

                return builder.ToString();
        """)]
    public Task StopReasonChecked_Silent(string body) => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Code(body))
        .ValidateAsync();

    [Fact]
    public Task ParsedWithoutCheck_LLM0008() => Create(RuleIdentifiers.UncheckedStructuredOutput)
        .WithSource(Code("""
                    var response = await _client.Messages.[|GetClaudeMessageAsync|](parameters);
                    return JsonSerializer.Deserialize<string>(response.Message.ToString())!;
            """))
        .ValidateAsync();

    [Fact]
    public Task ParsedAfterCheck_Silent() => Create(RuleIdentifiers.UncheckedStructuredOutput)
        .WithSource(Code("""
                    var response = await _client.Messages.GetClaudeMessageAsync(parameters);
                    if (response.StopReason == "max_tokens")
                        throw new InvalidOperationException();
                    return JsonSerializer.Deserialize<string>(response.Message.ToString())!;
            """))
        .ValidateAsync();

    // ---- Value rules ----

    private static string WithParameters(string members) => Code($$"""
                var response = await _client.Messages.GetClaudeMessageAsync(new MessageParameters { {{members}} });
                return response.StopReason == "max_tokens" ? "" : response.Message.ToString();
        """);

    [Fact]
    public Task CapAboveModelLimit_LLM0003() => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(WithParameters("Model = AnthropicModels.Claude45Haiku, MaxTokens = [|100000|]"))
        .ExpectMessage("MaxTokens 100000 exceeds the 64000-token output limit of 'claude-haiku-4-5-20251001'")
        .ValidateAsync();

    [Theory]
    [InlineData("Model = AnthropicModels.Claude45Haiku, MaxTokens = 64000")]
    [InlineData("Model = text, MaxTokens = 100000")]
    public Task CapWithinLimitOrModelUnknown_Silent(string members) => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(WithParameters(members))
        .ValidateAsync();

    [Fact]
    public Task NegativeCap_LLM0006() => Create(RuleIdentifiers.CapBelowMinimum)
        .WithSource(WithParameters("Model = AnthropicModels.Claude45Haiku, MaxTokens = [|-1|]"))
        .ValidateAsync();

    [Fact]
    public Task ZeroCap_WarmsTheCache_Silent() => Create(RuleIdentifiers.CapBelowMinimum)
        .WithSource(WithParameters("Model = AnthropicModels.Claude45Haiku, MaxTokens = 0"))
        .ValidateAsync();

    [Fact]
    public Task CapAboveCeiling_LLM0010() => Create(RuleIdentifiers.CapAboveCeiling)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 4000")
        .WithSource(WithParameters("Model = AnthropicModels.Claude45Haiku, MaxTokens = [|8000|]"))
        .ValidateAsync();

    [Fact]
    public Task CapBelowCeiling_Silent() => Create(RuleIdentifiers.CapAboveCeiling)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 4000")
        .WithSource(WithParameters("Model = AnthropicModels.Claude45Haiku, MaxTokens = 2000"))
        .ValidateAsync();

    [Fact]
    public Task WhitespaceStop_LLM0004() => Create(RuleIdentifiers.UnsafeStopSequence)
        .WithSource(WithParameters("""MaxTokens = 500, StopSequences = [[|"\n"|], "</answer>"]"""))
        .ExpectMessage("""Stop sequence "\n" contains only whitespace, which Anthropic rejects""")
        .ValidateAsync();

    [Fact]
    public Task DistinctiveStop_Silent() => Create(RuleIdentifiers.UnsafeStopSequence)
        .WithSource(WithParameters("""MaxTokens = 500, StopSequences = ["</answer>"]"""))
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudgetBelowMinimum_LLM0007() => Create(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(WithParameters("MaxTokens = 4000, Thinking = new ThinkingParameters { BudgetTokens = [|512|] }"))
        .ExpectMessage("BudgetTokens 512 is below the minimum of 1024")
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudgetNotBelowCap_LLM0007() => Create(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(WithParameters("MaxTokens = 2048, Thinking = new ThinkingParameters { BudgetTokens = [|4096|] }"))
        .ExpectMessage("BudgetTokens 4096 is not below MaxTokens 2048: thinking tokens count toward that limit")
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudgetNotBelowCap_InterleavedThinkingOff_LLM0007() => Create(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(WithParameters("MaxTokens = 2048, Thinking = new ThinkingParameters { BudgetTokens = [|4096|], UseInterleavedThinking = false }"))
        .ValidateAsync();

    [Theory]
    [InlineData("MaxTokens = 4096, Thinking = new ThinkingParameters { BudgetTokens = 2048 }")]
    [InlineData("MaxTokens = 2048, Thinking = new ThinkingParameters { BudgetTokens = 4096, UseInterleavedThinking = true }")]
    [InlineData("MaxTokens = 2048, Thinking = new ThinkingParameters { BudgetTokens = 4096, UseInterleavedThinking = text.Length > 3 }")]
    public Task ThinkingBudgetBelowCapOrInterleaved_Silent(string members) => Create(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(WithParameters(members))
        .ValidateAsync();

    [Fact]
    public Task SmallCapWithThinking_LLM0011() => Create(RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(WithParameters("MaxTokens = [|512|], Thinking = new ThinkingParameters { Type = ThinkingType.adaptive }"))
        .ExpectMessage("MaxTokens 512 is below 1024 tokens for a request with reasoning turned on: reasoning tokens count toward the limit and the visible answer can come back empty")
        .ValidateAsync();

    [Fact]
    public Task SmallCapWithoutThinking_Silent() => Create(RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(WithParameters("Model = AnthropicModels.Claude45Haiku, MaxTokens = 512"))
        .ValidateAsync();
}
