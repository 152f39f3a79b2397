using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>Azure.AI.Inference (sdk-surface.md §e) through its descriptor. No thinking budget (LLM0007) and no SDK refusal (LLM0009) exist here.</summary>
public sealed class AzureAIInferenceTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using System.Threading.Tasks;
        using Azure;
        using Azure.AI.Inference;

        """;

    private static Verifier Create() => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.AzureAIInference);

    // ---- Pass-through members: AdditionalProperties can carry max_tokens, so the cap is not known to be missing ----

    [Theory]
    [InlineData("""options.AdditionalProperties["max_tokens"] = BinaryData.FromString("256");""")]
    [InlineData("""options.AdditionalProperties.Add("max_tokens", BinaryData.FromString("256"));""")]
    [InlineData("""var extra = options.AdditionalProperties; extra["max_tokens"] = BinaryData.FromString("256");""")]
    public Task PassThrough_Touched_CapUnknown_Silent(string statement) => Create()
        .WithSource(Usings + $$"""
            class C
            {
                async Task<string> M(ChatCompletionsClient client, string prompt)
                {
                    var options = new ChatCompletionsOptions([new ChatRequestUserMessage(prompt)]);
                    {{statement}}
                    Response<ChatCompletions> response = await client.CompleteAsync(options);
                    return response.Value.FinishReason == CompletionsFinishReason.TokenLimitReached ? "" : response.Value.Content;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task PassThrough_InTheInitializer_Silent() => Create()
        .WithSource(Usings + """
            class C
            {
                ChatCompletions M(ChatCompletionsClient client)
                    => client.Complete(new ChatCompletionsOptions { AdditionalProperties = { ["max_tokens"] = BinaryData.FromString("64") } });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task PassThrough_Untouched_MissingCapReported() => Create()
        .WithSource(Usings + """
            class C
            {
                ChatCompletions M(ChatCompletionsClient client, ChatCompletionsOptions other)
                {
                    var options = new ChatCompletionsOptions { Model = "Phi-4" };
                    other.AdditionalProperties["max_tokens"] = BinaryData.FromString("64");
                    return client.{|LLM0001:Complete|}(options);
                }
            }
            """)
        .ValidateAsync();

    /// <summary>A method that sends <paramref name="options"/> and checks the finish reason.</summary>
    private static string Send(string options, string call = "Complete") => Usings + $$"""
        class C
        {
            string M(ChatCompletionsClient client)
            {
                var options = {{options}};
                ChatCompletions completions = client.{{call}}(options);
                return completions.FinishReason == CompletionsFinishReason.TokenLimitReached ? "" : completions.Content;
            }
        }
        """;

    // ---- LLM0001 ----

    [Fact]
    public Task MissingCap_ReportedAndFixed() => Create()
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Send("""new ChatCompletionsOptions { Model = "Phi-4" }""", "{|LLM0001:Complete|}"))
        .ExpectMessage("'Complete' is called without 'ChatCompletionsOptions.MaxTokens'; the response length and cost are unbounded")
        .ShouldFixTo(Send("""new ChatCompletionsOptions { Model = "Phi-4", MaxTokens = 1024 }"""))
        .ValidateAsync();

    [Fact]
    public Task CapSet_Silent() => Create()
        .WithSource(Send("""new ChatCompletionsOptions { Model = "Phi-4", MaxTokens = 800 }"""))
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard fix ----

    [Fact]
    public Task UncheckedResponse_ThroughResponseOfT_GuardFixCompiles() => Create()
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(ChatCompletionsClient client, ChatCompletionsOptions options)
                {
                    Response<ChatCompletions> response = await client.{|LLM0002:CompleteAsync|}(options);
                    return response.Value.Content;
                }
            }
            """)
        .ExpectMessage("The response of 'CompleteAsync' is used without checking 'ChatCompletions.FinishReason'; a truncated answer ('TokenLimitReached') would pass as complete")
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(ChatCompletionsClient client, ChatCompletionsOptions options)
                {
                    Response<ChatCompletions> response = await client.CompleteAsync(options);
                    if (response.Value.FinishReason == CompletionsFinishReason.TokenLimitReached)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (CompletionsFinishReason.TokenLimitReached); the response is incomplete.");
                    }

                    return response.Value.Content;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task UncheckedResponse_ImplicitConversion_GuardFixCompiles() => Create()
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                string M(ChatCompletionsClient client, ChatCompletionsOptions options)
                {
                    ChatCompletions completions = client.{|LLM0002:Complete|}(options);
                    return completions.Content;
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                string M(ChatCompletionsClient client, ChatCompletionsOptions options)
                {
                    ChatCompletions completions = client.Complete(options);
                    if (completions.FinishReason == CompletionsFinishReason.TokenLimitReached)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (CompletionsFinishReason.TokenLimitReached); the response is incomplete.");
                    }

                    return completions.Content;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task UncheckedStream_GuardFixCompiles() => Create()
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(ChatCompletionsClient client, ChatCompletionsOptions options)
                {
                    StreamingResponse<StreamingChatCompletionsUpdate> stream = await client.{|LLM0002:CompleteStreamingAsync|}(options);
                    var builder = new StringBuilder();
                    await foreach (var update in stream)
                        builder.Append(update.ContentUpdate);
                    return builder.ToString();
                }
            }
            """)
        .ExpectMessage("The response of 'CompleteStreamingAsync' is used without checking 'StreamingChatCompletionsUpdate.FinishReason'; a truncated answer ('TokenLimitReached') would pass as complete")
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(ChatCompletionsClient client, ChatCompletionsOptions options)
                {
                    StreamingResponse<StreamingChatCompletionsUpdate> stream = await client.CompleteStreamingAsync(options);
                    var builder = new StringBuilder();
                    CompletionsFinishReason? finishReason = null;
                    await foreach (var update in stream)
                    {
                        finishReason = update.FinishReason ?? finishReason;
                        builder.Append(update.ContentUpdate);
                    }

                    if (finishReason == CompletionsFinishReason.TokenLimitReached)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (CompletionsFinishReason.TokenLimitReached); the response is incomplete.");
                    }

                    return builder.ToString();
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("if (update.FinishReason == CompletionsFinishReason.TokenLimitReached) throw new InvalidOperationException();")]
    [InlineData("if (update.Choices[0].FinishReason is { } reason) Console.WriteLine(reason);")]
    public Task CheckedStream_Silent(string check) => Create()
        .WithSource(Usings + $$"""
            class C
            {
                async Task M(ChatCompletionsClient client, ChatCompletionsOptions options)
                {
                    await foreach (var update in await client.CompleteStreamingAsync(options))
                    {
                        Console.Write(update.ContentUpdate);
                        {{check}}
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ParsedWithoutCheck_LLM0008() => Create()
        .WithSource(Usings + """
            record Invoice(string Number);

            class C
            {
                Invoice? M(ChatCompletionsClient client, ChatCompletionsOptions options)
                    => System.Text.Json.JsonSerializer.Deserialize<Invoice>(client.{|LLM0008:Complete|}(options).Value.Content);
            }
            """)
        .ValidateAsync();

    // ---- Model-dependent rules: the model is ChatCompletionsOptions.Model ----

    [Fact]
    public Task CapAboveLimit_KnownModel_ReportedAndLowered() => Create()
        .WithCodeFix<TokenValueFixer>()
        .WithCodeFixKey(TokenValueFixer.LowerToModelLimitKey)
        .WithSource(Send("""new ChatCompletionsOptions { Model = "gpt-4o", MaxTokens = {|LLM0003:20000|} }"""))
        .ExpectMessage("MaxTokens 20000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ShouldFixTo(Send("""new ChatCompletionsOptions { Model = "gpt-4o", MaxTokens = 16384 }"""))
        .ValidateAsync();

    [Theory]
    [InlineData("""new ChatCompletionsOptions { Model = "Phi-4", MaxTokens = 1000000 }""")]
    [InlineData("""new ChatCompletionsOptions { MaxTokens = 1000000 }""")]
    public Task CapAboveLimit_UnknownOrNoModel_Silent(string options) => Create()
        .WithSource(Send(options))
        .ValidateAsync();

    [Fact]
    public Task SmallCap_ReasoningModel_Reported() => Create()
        .WithSource(Send("""new ChatCompletionsOptions { Model = "o3-mini", MaxTokens = {|LLM0011:300|} }"""))
        .ValidateAsync();

    [Fact]
    public Task Stops_ModelThatRejectsThem_Reported() => Create()
        .WithSource(Send("""new ChatCompletionsOptions { Model = "o3", MaxTokens = 4000, StopSequences = { "###" } }""", "{|LLM0012:Complete|}"))
        .ValidateAsync();

    // ---- Value rules ----

    [Fact]
    public Task UnsafeStop_Reported_SafeStopsWithoutCountLimit_Silent() => Create()
        .WithSource(Send("""new ChatCompletionsOptions { MaxTokens = 400, StopSequences = { {|LLM0004:"the"|}, "<1>", "<2>", "<3>", "<4>", "<5>" } }"""))
        .ExpectMessage("Stop sequence \"the\" is common in normal output; the answer ends at its first occurrence")
        .ValidateAsync();

    [Fact]
    public Task CapNotPositive_Reported() => Create()
        .WithSource(Send("""new ChatCompletionsOptions { MaxTokens = {|LLM0006:-1|} }"""))
        .ValidateAsync();

    [Fact]
    public Task CapAboveCeiling_Reported() => Create()
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 1000")
        .WithSource(Send("""new ChatCompletionsOptions { MaxTokens = {|LLM0010:1500|} }"""))
        .ValidateAsync();

    [Fact]
    public Task ValueAndModelRules_WithinLimits_Silent() => Create()
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 8000")
        .WithSource(Usings + """
            record Invoice(string Number);

            class C
            {
                Invoice? M(ChatCompletionsClient client)
                {
                    var options = new ChatCompletionsOptions { Model = "o3-mini", MaxTokens = 4000 };
                    var other = new ChatCompletionsOptions { Model = "gpt-4o", MaxTokens = 4000, StopSequences = { "###" } };
                    client.Complete(other);
                    ChatCompletions completions = client.Complete(options);
                    if (completions.FinishReason != CompletionsFinishReason.Stopped)
                        return null;
                    return System.Text.Json.JsonSerializer.Deserialize<Invoice>(completions.Content);
                }
            }
            """)
        .ValidateAsync();
}
