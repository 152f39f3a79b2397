using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>
/// Azure.AI.OpenAI 2.x (sdk-surface.md §f): every OpenAI-chat rule through a chat client from an Azure client, whose model
/// is the deployment name: a model only when the catalog or an override knows it. OpenAI chat has no thinking budget
/// (LLM0007) and no SDK refusal (LLM0009).
/// </summary>
public sealed class AzureOpenAITests
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using System.ClientModel.Primitives;
        using System.Collections.Generic;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Azure.AI.OpenAI;
        using OpenAI.Chat;

        """;

    private static Verifier Create() => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.AzureOpenAI);

    /// <summary>A method that sends <paramref name="options"/> to deployment <paramref name="deployment"/> and checks the finish reason.</summary>
    private static string Send(string deployment, string options, string call = "CompleteChat") => Usings + $$"""
        class C
        {
            string M(AzureOpenAIClient azure, List<ChatMessage> messages)
            {
                ChatClient chat = azure.GetChatClient("{{deployment}}");
                var options = {{options}};
                ChatCompletion completion = chat.{{call}}(messages, options);
                return completion.FinishReason == ChatFinishReason.Length ? "" : completion.Content[0].Text;
            }
        }
        """;

    // ---- LLM0001 ----

    /// <summary>A deployment is named freely: "gpt-4o-prod" is not gpt-4o. Only an exact model id or alias, or an override, makes it a model.</summary>
    [Theory]
    [InlineData("gpt-4o-prod", "", false)]
    [InlineData("o3-eastus", "", false)]
    [InlineData("gpt-4o", "", true)]
    [InlineData("gpt-4o-2024-08-06", "", true)]
    [InlineData("gpt-4o-prod", "llm_analyzers.model_output_caps = gpt-4o-prod:16384", true)]
    public async Task DeploymentNames_AreModelsOnlyWhenExact(string deployment, string editorConfig, bool reported)
    {
        var verifier = Create().WithSource(Send(deployment, "new ChatCompletionOptions { MaxOutputTokenCount = 50000 }"));
        if (editorConfig.Length > 0)
            verifier.WithEditorConfig(editorConfig);
        var diagnostics = await verifier.GetDiagnosticsAsync();
        Assert.Equal(reported, diagnostics.Any(d => d.Id == RuleIdentifiers.CapAboveModelLimit));
    }

    [Fact]
    public Task MissingCap_ReportedAndFixed() => Create()
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Send("my-deployment", "new ChatCompletionOptions()", "{|LLM0001:CompleteChat|}"))
        .ExpectMessage("'CompleteChat' is called without 'ChatCompletionOptions.MaxOutputTokenCount'; the response length and cost are unbounded")
        .ShouldFixTo(Send("my-deployment", "new ChatCompletionOptions { MaxOutputTokenCount = 1024 }"))
        .ValidateAsync();

    [Fact]
    public Task CapSet_Silent() => Create()
        .WithSource(Send("my-deployment", "new ChatCompletionOptions { MaxOutputTokenCount = 800 }"))
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard fix ----

    [Fact]
    public Task UncheckedResponse_GuardFixCompiles() => Create()
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(AzureOpenAIClient azure, string text)
                {
                    ChatCompletion completion = await azure.GetChatClient("chat-prod").{|LLM0002:CompleteChatAsync|}([new UserChatMessage(text)], new ChatCompletionOptions { MaxOutputTokenCount = 500 });
                    return completion.Content[0].Text;
                }
            }
            """)
        .ExpectMessage("The response of 'CompleteChatAsync' is used without checking 'ChatCompletion.FinishReason'; a truncated answer ('Length') would pass as complete")
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(AzureOpenAIClient azure, string text)
                {
                    ChatCompletion completion = await azure.GetChatClient("chat-prod").CompleteChatAsync([new UserChatMessage(text)], new ChatCompletionOptions { MaxOutputTokenCount = 500 });
                    if (completion.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return completion.Content[0].Text;
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
                async Task<string> M(AzureOpenAIClient azure, string text)
                {
                    var chat = azure.GetChatClient("chat-prod");
                    var builder = new StringBuilder();
                    await foreach (var update in chat.{|LLM0002:CompleteChatStreamingAsync|}([new UserChatMessage(text)], new ChatCompletionOptions { MaxOutputTokenCount = 500 }))
                    {
                        foreach (var part in update.ContentUpdate)
                            builder.Append(part.Text);
                    }

                    return builder.ToString();
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(AzureOpenAIClient azure, string text)
                {
                    var chat = azure.GetChatClient("chat-prod");
                    var builder = new StringBuilder();
                    ChatFinishReason? finishReason = null;
                    await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage(text)], new ChatCompletionOptions { MaxOutputTokenCount = 500 }))
                    {
                        finishReason = update.FinishReason ?? finishReason;
                        foreach (var part in update.ContentUpdate)
                            builder.Append(part.Text);
                    }

                    if (finishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return builder.ToString();
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ParsedWithoutCheck_LLM0008_CheckedSilent() => Create()
        .WithSource(Usings + """
            record Answer(string Text);

            class C
            {
                Answer? Unchecked(AzureOpenAIClient azure, List<ChatMessage> messages)
                {
                    ChatCompletion completion = azure.GetChatClient("json-prod").{|LLM0008:CompleteChat|}(messages, new ChatCompletionOptions { MaxOutputTokenCount = 500 });
                    return JsonSerializer.Deserialize<Answer>(completion.Content[0].Text);
                }

                Answer? Checked(AzureOpenAIClient azure, List<ChatMessage> messages)
                {
                    ChatCompletion completion = azure.GetChatClient("json-prod").CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = 500 });
                    if (completion.FinishReason != ChatFinishReason.Stop)
                        return null;
                    return JsonSerializer.Deserialize<Answer>(completion.Content[0].Text);
                }
            }
            """)
        .ExpectMessage("The response of 'CompleteChat' is parsed as structured data without checking 'ChatCompletion.FinishReason'; a truncated answer ('Length') is invalid or partial data")
        .ValidateAsync();

    // ---- LLM0003: the deployment name is a model only when the catalog or an override knows it ----

    [Fact]
    public Task CapAboveLimit_DeploymentNamedAfterACatalogModel_ReportedAndLowered() => Create()
        .WithCodeFix<TokenValueFixer>()
        .WithCodeFixKey(TokenValueFixer.LowerToModelLimitKey)
        .WithSource(Send("gpt-4o", "new ChatCompletionOptions { MaxOutputTokenCount = {|LLM0003:32000|} }"))
        .ExpectMessage("MaxOutputTokenCount 32000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ShouldFixTo(Send("gpt-4o", "new ChatCompletionOptions { MaxOutputTokenCount = 16384 }"))
        .ValidateAsync();

    [Fact]
    public Task CapAboveLimit_UnknownDeployment_Silent() => Create()
        .WithSource(Send("contoso-chat", "new ChatCompletionOptions { MaxOutputTokenCount = 1000000 }"))
        .ValidateAsync();

    [Fact]
    public Task CapAboveLimit_DeploymentOverride_Reported() => Create()
        .WithEditorConfig("llm_analyzers.model_output_caps = contoso-chat:4000")
        .WithSource(Send("contoso-chat", "new ChatCompletionOptions { MaxOutputTokenCount = {|LLM0003:5000|} }"))
        .ExpectMessage("MaxOutputTokenCount 5000 exceeds the 4000-token output limit of 'contoso-chat'")
        .ValidateAsync();

    [Fact]
    public Task CapAboveLimit_ThroughTheConnectionProviderFactory_Reported() => Create()
        .WithSource(Usings + """
            class C
            {
                ChatCompletion M(ClientConnectionProvider provider, List<ChatMessage> messages)
                {
                    var chat = provider.GetAzureOpenAIChatClient("gpt-4.1");
                    var completion = chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = {|LLM0003:40000|} });
                    return completion;
                }
            }
            """)
        .ValidateAsync();

    // ---- LLM0004 / LLM0005 ----

    [Fact]
    public Task StopSequences_UnsafeAndTooMany_Reported() => Create()
        .WithSource(Send("my-deployment", """new ChatCompletionOptions { MaxOutputTokenCount = 300, StopSequences = { {|LLM0004:"."|}, "<END>", "###", "</a>", "</b>" } }""", "{|LLM0005:CompleteChat|}"))
        .ExpectMessage("Stop sequence \".\" has fewer than 3 non-whitespace characters; it occurs in normal output and ends the answer early")
        .ExpectMessage("'ChatCompletionOptions.StopSequences' has 5 stop sequences; OpenAI accepts at most 4")
        .ValidateAsync();

    [Fact]
    public Task StopSequences_FourSafe_Silent() => Create()
        .WithSource(Send("my-deployment", """new ChatCompletionOptions { MaxOutputTokenCount = 300, StopSequences = { "<END>", "###", "</a>", "</b>" } }"""))
        .ValidateAsync();

    // ---- LLM0006 / LLM0010 ----

    [Fact]
    public Task CapNotPositive_Reported() => Create()
        .WithSource(Send("my-deployment", "new ChatCompletionOptions { MaxOutputTokenCount = {|LLM0006:0|} }"))
        .ExpectMessage("MaxOutputTokenCount 0 is not positive; the API rejects the request")
        .ValidateAsync();

    [Fact]
    public Task CapAboveCeiling_ReportedOnlyAboveIt() => Create()
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 2000")
        .WithSource(Usings + """
            class C
            {
                void M(AzureOpenAIClient azure, List<ChatMessage> messages)
                {
                    var chat = azure.GetChatClient("my-deployment");
                    chat.CompleteChatStreaming(messages, new ChatCompletionOptions { MaxOutputTokenCount = {|LLM0010:4000|} });
                    chat.CompleteChatStreaming(messages, new ChatCompletionOptions { MaxOutputTokenCount = 2000 });
                }
            }
            """)
        .ValidateAsync();

    // ---- LLM0011 ----

    [Fact]
    public Task SmallCap_ReasoningDeployment_Reported() => Create()
        .WithSource(Send("o3-mini", "new ChatCompletionOptions { MaxOutputTokenCount = {|LLM0011:200|} }"))
        .ExpectMessage("MaxOutputTokenCount 200 is below 1024 tokens for reasoning model 'o3-mini': reasoning tokens count toward the limit and the visible answer can come back empty")
        .ValidateAsync();

    [Fact]
    public Task SmallCap_UnknownDeploymentWithReasoningEffort_Reported() => Create()
        .WithSource(Send("reasoner-prod", "new ChatCompletionOptions { MaxOutputTokenCount = {|LLM0011:200|}, ReasoningEffortLevel = ChatReasoningEffortLevel.High }"))
        .ValidateAsync();

    [Fact]
    public Task SmallCap_UnknownDeployment_Silent() => Create()
        .WithSource(Send("reasoner-prod", "new ChatCompletionOptions { MaxOutputTokenCount = 200 }"))
        .ValidateAsync();

    // ---- LLM0012 ----

    [Fact]
    public Task Stops_DeploymentOfAModelThatRejectsThem_Reported() => Create()
        .WithSource(Send("o3", """new ChatCompletionOptions { MaxOutputTokenCount = 4000, StopSequences = { "###" } }""", "{|LLM0012:CompleteChat|}"))
        .ExpectMessage("'o3' does not accept stop sequences; the API rejects this request")
        .ValidateAsync();

    [Fact]
    public Task Stops_OtherDeployment_Silent() => Create()
        .WithSource(Send("gpt-4o-eastus", """new ChatCompletionOptions { MaxOutputTokenCount = 4000, StopSequences = { "###" } }"""))
        .ValidateAsync();
}
