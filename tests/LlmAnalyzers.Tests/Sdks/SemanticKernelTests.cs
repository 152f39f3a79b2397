using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>Semantic Kernel 1.x (TestSdks.SemanticKernel): chat services and prompt invocation, across connector settings.</summary>
public sealed class SemanticKernelTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using Microsoft.SemanticKernel.Connectors.Amazon;
        using Microsoft.SemanticKernel.Connectors.Google;
        using Microsoft.SemanticKernel.Connectors.HuggingFace;
        using Microsoft.SemanticKernel.Connectors.Ollama;
        using Microsoft.SemanticKernel.Connectors.OpenAI;

        """;

    private const string TruncatedMessage = "The model stopped at its token limit (finish reason \\\"Length\\\" or \\\"length\\\" or \\\"model_length\\\" or \\\"MAX_TOKENS\\\"); the response is incomplete.";

    private const string Check = """ is "Length" or "length" or "model_length" or "MAX_TOKENS")""";

    private static Verifier Create(string rule) => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithSdks(TestSdks.SemanticKernel)
        .WithRule(rule);

    /// <summary>
    /// A method of a class with an OpenAI service for gpt-4o (<c>_chat</c>), a Gemini service (<c>_gemini</c>) and a kernel;
    /// <paramref name="body"/> also sees <c>text</c>, <c>settings</c>, <c>arguments</c> and an unknown <c>service</c>.
    /// </summary>
    private static string Code(string body, string usings = Usings) => usings + $$"""
        class C
        {
            private readonly IChatCompletionService _chat = new OpenAIChatCompletionService("gpt-4o", "key");
            private readonly IChatCompletionService _gemini = new GoogleAIGeminiChatCompletionService("gemini-2.5-flash", "key");
            private readonly Kernel _kernel = new();

            async Task<string> M(string text, PromptExecutionSettings settings, KernelArguments arguments, IChatCompletionService service)
            {
        {{body}}
            }
        }
        """;

    /// <summary>A checked chat call on <paramref name="receiver"/> with <paramref name="executionSettings"/>.</summary>
    private static string Chat(string executionSettings, string receiver = "_chat") => Code($$"""
                var reply = await {{receiver}}.GetChatMessageContentAsync(text, {{executionSettings}});
                return reply.Metadata?.GetValueOrDefault("FinishReason") as string == "Length" ? "" : reply.Content ?? "";
        """);

    /// <summary>A checked prompt invocation with <paramref name="kernelArguments"/>.</summary>
    private static string Prompt(string kernelArguments) => Code($$"""
                var result = await _kernel.InvokePromptAsync("Answer briefly", {{kernelArguments}});
                return result.Metadata?.GetValueOrDefault("FinishReason") as string == "Length" ? "" : result.ToString();
        """);

    // ---- LLM0001 ----

    [Fact]
    public Task NoSettings_Reported() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Code("""
                    var reply = await _chat.[|GetChatMessageContentAsync|](text);
                    return reply.Metadata?.GetValueOrDefault("FinishReason") as string == "Length" ? "" : reply.Content ?? "";
            """))
        .ExpectMessage("'GetChatMessageContentAsync' is called without 'execution settings with a max-token limit'; the connector's default applies, which for most connectors is no limit")
        .ValidateAsync();

    [Fact]
    public Task ConnectorSettingsWithoutCap_Reported_FixSetsTheConnectorsMember() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Code("""
                    var history = new ChatHistory("Be terse.");
                    var openAI = new OpenAIPromptExecutionSettings { Temperature = 0.1 };
                    var replies = await _chat.[|GetChatMessageContentsAsync|](history, openAI);
                    return replies[0].Content ?? "";
            """))
        .ExpectMessage("'GetChatMessageContentsAsync' is called without 'OpenAIPromptExecutionSettings.MaxTokens'; the connector's default applies, which for most connectors is no limit")
        .ShouldFixTo(Code("""
                    var history = new ChatHistory("Be terse.");
                    var openAI = new OpenAIPromptExecutionSettings { Temperature = 0.1, MaxTokens = 1024 };
                    var replies = await _chat.GetChatMessageContentsAsync(history, openAI);
                    return replies[0].Content ?? "";
            """))
        .ValidateAsync();

    [Theory]
    [InlineData("OllamaPromptExecutionSettings { Think = false }", "OllamaPromptExecutionSettings { Think = false, NumPredict = 1024 }", "OllamaPromptExecutionSettings.NumPredict")]
    [InlineData("AmazonClaudeExecutionSettings { StopSequences = [\"Human:\"] }", "AmazonClaudeExecutionSettings { StopSequences = [\"Human:\"], MaxTokensToSample = 1024 }", "AmazonClaudeExecutionSettings.MaxTokensToSample")]
    [InlineData("AmazonTitanExecutionSettings()", "AmazonTitanExecutionSettings { MaxTokenCount = 1024 }", "AmazonTitanExecutionSettings.MaxTokenCount")]
    public Task PromptSettingsWithoutCap_Reported_FixSetsTheConnectorsMember(string created, string fixedCreation, string member) => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Code($$"""
                    var result = await _kernel.[|InvokePromptAsync|]("Answer briefly", new KernelArguments(new {{created}}) { ["input"] = text });
                    return result.Metadata?.GetValueOrDefault("FinishReason") as string == "length" ? "" : result.ToString();
            """))
        .ExpectMessage($"'InvokePromptAsync' is called without '{member}'; the connector's default applies, which for most connectors is no limit")
        .ShouldFixTo(Code($$"""
                    var result = await _kernel.InvokePromptAsync("Answer briefly", new KernelArguments(new {{fixedCreation}}) { ["input"] = text });
                    return result.Metadata?.GetValueOrDefault("FinishReason") as string == "length" ? "" : result.ToString();
            """))
        .ValidateAsync();

    [Theory]
    [InlineData("new KernelArguments { [\"input\"] = text }")]
    [InlineData("null")]
    public Task KernelArgumentsWithoutSettings_Reported(string kernelArguments) => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Code($$"""
                    var result = await _kernel.[|InvokePromptAsync|]("Answer briefly", {{kernelArguments}});
                    return result.Metadata?.GetValueOrDefault("FinishReason") as string == "Length" ? "" : result.ToString();
            """))
        .ValidateAsync();

    [Fact]
    public Task StreamingPromptWithoutSettings_Reported() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Code("""
                    var builder = new StringBuilder();
                    await foreach (var chunk in _kernel.[|InvokePromptStreamingAsync|]("Tell a story"))
                        builder.Append(chunk);
                    return builder.ToString();
            """))
        .ValidateAsync();

    [Theory]
    [InlineData("new OpenAIPromptExecutionSettings { MaxTokens = 500 }")]
    [InlineData("new HuggingFacePromptExecutionSettings { MaxNewTokens = 500 }")]
    [InlineData("new OllamaPromptExecutionSettings { NumPredict = -1 }")]
    [InlineData("new AmazonLlama3ExecutionSettings { MaxGenLen = 500 }")]
    [InlineData("new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { [\"max_tokens\"] = 500 } }")]
    [InlineData("new PromptExecutionSettings()")]
    [InlineData("settings")]
    public Task CapSetOrUnknown_Silent(string executionSettings) => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Chat(executionSettings))
        .ValidateAsync();

    [Theory]
    [InlineData("new KernelArguments(new OpenAIPromptExecutionSettings { MaxTokens = 500 }) { [\"input\"] = text }")]
    [InlineData("new KernelArguments(settings)")]
    [InlineData("new KernelArguments(arguments)")]
    [InlineData("new KernelArguments(new List<PromptExecutionSettings> { new OpenAIPromptExecutionSettings() })")]
    [InlineData("arguments")]
    public Task PromptCapSetOrUnknown_Silent(string kernelArguments) => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Prompt(kernelArguments))
        .ValidateAsync();

    [Fact]
    public Task SettingsLocalPassedToKernelArguments_Silent() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Code("""
                    var openAI = new OpenAIPromptExecutionSettings { Temperature = 0.1 };
                    var result = await _kernel.InvokePromptAsync("Hi", new KernelArguments(openAI));
                    return result.Metadata?.GetValueOrDefault("FinishReason") as string == "Length" ? "" : result.ToString();
            """))
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard ----

    [Fact]
    public Task ChatMessageUnchecked_Reported_GuardReadsTheMetadata() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code("""
                    ChatMessageContent reply = await _chat.[|GetChatMessageContentAsync|](text, new OpenAIPromptExecutionSettings { MaxTokens = 500 });
                    return reply.Content ?? "";
            """))
        .ExpectMessage("The response of 'GetChatMessageContentAsync' is used without checking 'ChatMessageContent.Metadata'; a truncated answer ('Length' or 'length' or 'model_length' or 'MAX_TOKENS') would pass as complete")
        .ShouldFixTo(Code($$"""
                    ChatMessageContent reply = await _chat.GetChatMessageContentAsync(text, new OpenAIPromptExecutionSettings { MaxTokens = 500 });
                    if (reply.Metadata?.ContainsKey("FinishReason") == true && reply.Metadata["FinishReason"]?.ToString(){{Check}}
                    {
                        throw new InvalidOperationException("{{TruncatedMessage}}");
                    }

                    return reply.Content ?? "";
            """))
        .ValidateAsync();

    [Fact]
    public Task ChatMessageUnchecked_FileWithoutGenericCollectionsImport_GuardNeedsNone() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code(
            """
                    var reply = await _chat.[|GetChatMessageContentAsync|](text, new OpenAIPromptExecutionSettings { MaxTokens = 500 });
                    return reply.Content ?? "";
            """,
            Usings.Replace("using System.Collections.Generic;\n", "")))
        .ShouldFixTo(Code(
            $$"""
                    var reply = await _chat.GetChatMessageContentAsync(text, new OpenAIPromptExecutionSettings { MaxTokens = 500 });
                    if (reply.Metadata?.ContainsKey("FinishReason") == true && reply.Metadata["FinishReason"]?.ToString(){{Check}}
                    {
                        throw new InvalidOperationException("{{TruncatedMessage}}");
                    }

                    return reply.Content ?? "";
            """,
            Usings.Replace("using System.Collections.Generic;\n", "")))
        .ValidateAsync();

    [Fact]
    public Task StreamUnchecked_Reported_GuardRecordsTheMetadata() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code("""
                    var builder = new StringBuilder();
                    await foreach (var update in _chat.[|GetStreamingChatMessageContentsAsync|](text, new OpenAIPromptExecutionSettings { MaxTokens = 500 }))
                        builder.Append(update.Content);
                    return builder.ToString();
            """))
        .ExpectMessage("The response of 'GetStreamingChatMessageContentsAsync' is used without checking 'StreamingKernelContent.Metadata'; a truncated answer ('Length' or 'length' or 'model_length' or 'MAX_TOKENS') would pass as complete")
        .ShouldFixTo(Code($$"""
                    var builder = new StringBuilder();
                    string? finishReason = null;
                    await foreach (var update in _chat.GetStreamingChatMessageContentsAsync(text, new OpenAIPromptExecutionSettings { MaxTokens = 500 }))
                    {
                        if (update.Metadata?.ContainsKey("FinishReason") == true) finishReason = update.Metadata["FinishReason"]?.ToString() ?? finishReason;
                        builder.Append(update.Content);
                    }

                    if (finishReason{{Check}}
                    {
                        throw new InvalidOperationException("{{TruncatedMessage}}");
                    }

                    return builder.ToString();
            """))
        .ValidateAsync();

    [Fact]
    public Task PromptResultUnchecked_Reported_GuardReadsTheResultMetadata() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code("""
                    var result = await _kernel.[|InvokePromptAsync|]("Answer briefly", arguments);
                    return result.GetValue<string>() ?? "";
            """))
        .ExpectMessage("The response of 'InvokePromptAsync' is used without checking 'FunctionResult.Metadata'; a truncated answer ('Length' or 'length' or 'model_length' or 'MAX_TOKENS') would pass as complete")
        .ShouldFixTo(Code($$"""
                    var result = await _kernel.InvokePromptAsync("Answer briefly", arguments);
                    if (result.Metadata?.ContainsKey("FinishReason") == true && result.Metadata["FinishReason"]?.ToString(){{Check}}
                    {
                        throw new InvalidOperationException("{{TruncatedMessage}}");
                    }

                    return result.GetValue<string>() ?? "";
            """))
        .ValidateAsync();

    [Theory]
    [InlineData("""
                var reply = await _chat.GetChatMessageContentAsync(text, settings);
                return reply.Metadata is GeminiMetadata { FinishReason: { } reason } && reason == GeminiFinishReason.MaxTokens ? "" : reply.Content ?? "";
        """)]
    [InlineData("""
                var replies = await _chat.GetChatMessageContentsAsync(new ChatHistory(), settings);
                return replies[0].Content ?? "";
        """)]
    [InlineData("""
                var builder = new StringBuilder();
                await foreach (var update in _chat.GetStreamingChatMessageContentsAsync(text, settings))
                {
                    builder.Append(update.Content);
                    if (update is OpenAIStreamingChatMessageContent { FinishReason: OpenAI.Chat.ChatFinishReason.Length })
                        return "";
                }

                return builder.ToString();
        """)]
    [InlineData("""
                var result = await _kernel.InvokePromptAsync("Answer briefly", arguments);
                var message = result.GetValue<ChatMessageContent>();
                return message?.Metadata?.GetValueOrDefault("FinishReason") as string == "Length" ? "" : result.ToString();
        """)]
    public Task CheckedOrListShape_Silent(string body) => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Code(body))
        .ValidateAsync();

    [Fact]
    public Task ParsedWithoutCheck_LLM0008() => Create(RuleIdentifiers.UncheckedStructuredOutput)
        .WithSource(Code("""
                    var reply = await _chat.[|GetChatMessageContentAsync|](text, settings);
                    return JsonSerializer.Deserialize<string>(reply.Content!)!;
            """))
        .ValidateAsync();

    [Fact]
    public Task ParsedAfterCheck_Silent() => Create(RuleIdentifiers.UncheckedStructuredOutput)
        .WithSource(Code("""
                    var reply = await _chat.GetChatMessageContentAsync(text, settings);
                    if (reply.Metadata?.GetValueOrDefault("FinishReason") as string == "Length")
                        return "";
                    return JsonSerializer.Deserialize<string>(reply.Content!)!;
            """))
        .ValidateAsync();

    // ---- Value rules ----

    [Fact]
    public Task CapAboveTheServicesModel_LLM0003() => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Chat("new OpenAIPromptExecutionSettings { MaxTokens = [|100000|] }"))
        .ExpectMessage("MaxTokens 100000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ValidateAsync();

    [Fact]
    public Task CapAboveTheSettingsModel_ThroughKernelArguments_LLM0003() => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Prompt("new KernelArguments(new OpenAIPromptExecutionSettings { ModelId = \"gpt-4o\", MaxTokens = [|100000|] })"))
        .ExpectMessage("ExecutionSettings.MaxTokens 100000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ValidateAsync();

    [Theory]
    [InlineData("new OpenAIPromptExecutionSettings { MaxTokens = 100000 }", "service")]
    [InlineData("new OpenAIPromptExecutionSettings { ModelId = \"gpt-4o\", MaxTokens = 100000 }", "service")]
    [InlineData("new OpenAIPromptExecutionSettings { MaxTokens = 16000 }", "_chat")]
    public Task CapWithinLimitOrModelUnknown_Silent(string executionSettings, string receiver) => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Chat(executionSettings, receiver))
        .ValidateAsync();

    [Theory]
    [InlineData("gpt-4o", "[|100000|]")]
    [InlineData("gpt-4o-prod", "100000")]
    public Task AzureDeploymentName_CountsAsAModelOnlyWhenExact(string deployment, string cap) => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Code($$"""
                    var azure = new Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService("{{deployment}}", "https://contoso.openai.azure.com/", "key");
                    var reply = await azure.GetChatMessageContentAsync(text, new OpenAIPromptExecutionSettings { MaxTokens = {{cap}} });
                    return reply.Metadata?.GetValueOrDefault("FinishReason") as string == "Length" ? "" : reply.Content ?? "";
            """))
        .ValidateAsync();

    [Fact]
    public Task ZeroCap_LLM0006() => Create(RuleIdentifiers.CapBelowMinimum)
        .WithSource(Chat("new OpenAIPromptExecutionSettings { MaxTokens = [|0|] }"))
        .ValidateAsync();

    [Theory]
    [InlineData("new OllamaPromptExecutionSettings { NumPredict = -1 }")]
    [InlineData("new OllamaPromptExecutionSettings { NumPredict = -2 }")]
    [InlineData("new OpenAIPromptExecutionSettings { MaxTokens = 1 }")]
    public Task SpecialOrPositiveCap_Silent(string executionSettings) => Create(RuleIdentifiers.CapBelowMinimum)
        .WithSource(Chat(executionSettings))
        .ValidateAsync();

    [Fact]
    public Task CapAboveCeiling_LLM0010() => Create(RuleIdentifiers.CapAboveCeiling)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 2000")
        .WithSource(Prompt("new KernelArguments(new OllamaPromptExecutionSettings { NumPredict = [|4000|] })"))
        .ExpectMessage("ExecutionSettings.NumPredict 4000 is above the team ceiling of 2000 tokens (llm_analyzers.max_output_tokens_ceiling)")
        .ValidateAsync();

    [Fact]
    public Task CapBelowCeiling_Silent() => Create(RuleIdentifiers.CapAboveCeiling)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 2000")
        .WithSource(Prompt("new KernelArguments(new OllamaPromptExecutionSettings { NumPredict = 1000 })"))
        .ValidateAsync();

    [Fact]
    public Task CommonStop_LLM0004() => Create(RuleIdentifiers.UnsafeStopSequence)
        .WithSource(Prompt("""new KernelArguments(new OllamaPromptExecutionSettings { NumPredict = 400, Stop = [[|"the"|]] })"""))
        .ValidateAsync();

    [Theory]
    [InlineData("""new OpenAIPromptExecutionSettings { MaxTokens = 400, StopSequences = ["\n\n", "<END>"] }""")]
    [InlineData("""new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["stop_sequences"] = new[] { "." } } }""")]
    public Task SafeOrUnseenStops_Silent(string executionSettings) => Create(RuleIdentifiers.UnsafeStopSequence)
        .WithSource(Chat(executionSettings))
        .ValidateAsync();

    [Fact]
    public Task GeminiThinkingBudgetOutsideTheModelsRange_LLM0007() => Create(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(Chat("new GeminiPromptExecutionSettings { MaxTokens = 8000, ThinkingConfig = new GeminiThinkingConfig { ThinkingBudget = [|30000|] } }", "_gemini"))
        .ExpectMessage("ThinkingBudget 30000 is outside the 0–24576 range of 'gemini-2.5-flash'")
        .ValidateAsync();

    [Fact]
    public Task GeminiThinkingBudgetNotBelowTheCap_LLM0007() => Create(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(Prompt("new KernelArguments(new GeminiPromptExecutionSettings { MaxTokens = 2000, ThinkingConfig = new GeminiThinkingConfig { ThinkingBudget = [|4000|] } })"))
        .ExpectMessage("ThinkingBudget 4000 is not below ExecutionSettings.MaxTokens 2000: thinking tokens count toward that limit")
        .ValidateAsync();

    [Theory]
    [InlineData("256", "_gemini")]
    [InlineData("-1", "_gemini")]
    [InlineData("0", "_gemini")]
    [InlineData("30000", "service")]
    public Task GeminiThinkingBudgetInRangeOrModelUnknown_Silent(string budget, string receiver) => Create(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(Chat($"new GeminiPromptExecutionSettings {{ MaxTokens = 40000, ThinkingConfig = new GeminiThinkingConfig {{ ThinkingBudget = {budget} }} }}", receiver))
        .ValidateAsync();

    [Fact]
    public Task SmallCapOnAReasoningModel_LLM0011() => Create(RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(Chat("new GeminiPromptExecutionSettings { MaxTokens = [|500|] }", "_gemini"))
        .ExpectMessage("MaxTokens 500 is below 1024 tokens for reasoning model 'gemini-2.5-flash': reasoning tokens count toward the limit and the visible answer can come back empty")
        .ValidateAsync();

    [Theory]
    [InlineData("new OpenAIPromptExecutionSettings { ReasoningEffort = \"low\", MaxTokens = [|500|] }")]
    [InlineData("new OllamaPromptExecutionSettings { Think = true, NumPredict = [|500|] }")]
    public Task SmallCapWithReasoningTurnedOn_LLM0011(string executionSettings) => Create(RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(Chat(executionSettings, "service"))
        .ValidateAsync();

    [Theory]
    [InlineData("new OpenAIPromptExecutionSettings { ReasoningEffort = \"none\", MaxTokens = 500 }")]
    [InlineData("new OllamaPromptExecutionSettings { Think = false, NumPredict = 500 }")]
    public Task SmallCapWithReasoningTurnedOff_Silent(string executionSettings) => Create(RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(Chat(executionSettings, "service"))
        .ValidateAsync();

    [Fact]
    public Task SmallCapOnANonReasoningModel_Silent() => Create(RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(Chat("new OpenAIPromptExecutionSettings { MaxTokens = 500 }"))
        .ValidateAsync();

    [Fact]
    public Task StopsOnAModelThatRejectsThem_LLM0012() => Create(RuleIdentifiers.StopSequencesRejected)
        .WithSource(Code("""
                    var o3 = new OpenAIChatCompletionService("o3", "key");
                    var reply = await o3.[|GetChatMessageContentAsync|](text, new OpenAIPromptExecutionSettings { MaxTokens = 4000, StopSequences = ["<END>"] });
                    return reply.Metadata?.GetValueOrDefault("FinishReason") as string == "Length" ? "" : reply.Content ?? "";
            """))
        .ExpectMessage("'o3' does not accept stop sequences; the API rejects this request")
        .ValidateAsync();

    [Fact]
    public Task StopsOnAModelThatAcceptsThem_Silent() => Create(RuleIdentifiers.StopSequencesRejected)
        .WithSource(Chat("""new OpenAIPromptExecutionSettings { MaxTokens = 4000, StopSequences = ["<END>"] }"""))
        .ValidateAsync();
}
