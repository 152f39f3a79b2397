using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>
/// OpenAI before 2.8 (sdk-surface.md §a.5): the Responses API as OpenAIResponseClient / ResponseCreationOptions /
/// OpenAIResponse, the model fixed by the client. Responses take no stop sequences (LLM0004, LLM0005, LLM0012), no
/// thinking budget (LLM0007) and have no SDK refusal (LLM0009). Chat kept its names: the OpenAI descriptor covers it.
/// </summary>
public sealed class OpenAI27Tests
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using System.Collections.Generic;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using OpenAI;
        using OpenAI.Chat;
        using OpenAI.Responses;

        """;

    private static Verifier Create() => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.OpenAI27);

    /// <summary>A method that sends <paramref name="options"/> on a client for <paramref name="model"/> and checks the status.</summary>
    private static string Send(string model, string options, string call = "CreateResponse") => Usings + $$"""
        class C
        {
            string M(OpenAIClient openAI, string question)
            {
                OpenAIResponseClient client = openAI.GetOpenAIResponseClient("{{model}}");
                var options = {{options}};
                OpenAIResponse response = client.{{call}}(question, options);
                return response.Status == ResponseStatus.Incomplete ? "" : response.GetOutputText();
            }
        }
        """;

    // ---- LLM0001 ----

    [Fact]
    public Task NoOptions_ReportedAndFixedWithANewArgument() => Create()
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Usings + """
            class C
            {
                async Task<OpenAIResponse> M(OpenAIResponseClient client, string question) => await client.{|LLM0001:CreateResponseAsync|}(question);
            }
            """)
        .ExpectMessage("'CreateResponseAsync' is called without 'ResponseCreationOptions.MaxOutputTokenCount'; the response length and cost are unbounded")
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<OpenAIResponse> M(OpenAIResponseClient client, string question) => await client.CreateResponseAsync(question, new ResponseCreationOptions { MaxOutputTokenCount = 1024 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapSet_Silent() => Create()
        .WithSource(Send("gpt-4.1", "new ResponseCreationOptions { MaxOutputTokenCount = 800 }"))
        .ValidateAsync();

    [Fact]
    public Task ProtocolOverload_Silent() => Create()
        .WithSource(Usings + """
            class C
            {
                ClientResult M(OpenAIResponseClient client, BinaryContent body) => client.CreateResponse(body);
            }
            """)
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard fix ----

    [Fact]
    public Task UncheckedResponse_GuardFixCompiles() => Create()
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                string M(OpenAIResponseClient client, string question)
                {
                    OpenAIResponse response = client.{|LLM0002:CreateResponse|}(question, new ResponseCreationOptions { MaxOutputTokenCount = 500 });
                    return response.GetOutputText();
                }
            }
            """)
        .ExpectMessage("The response of 'CreateResponse' is used without checking 'OpenAIResponse.Status'; a truncated answer ('MaxOutputTokens') would pass as complete")
        .ShouldFixTo(Usings + """
            class C
            {
                string M(OpenAIResponseClient client, string question)
                {
                    OpenAIResponse response = client.CreateResponse(question, new ResponseCreationOptions { MaxOutputTokenCount = 500 });
                    if (response.IncompleteStatusDetails?.Reason == ResponseIncompleteStatusReason.MaxOutputTokens)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ResponseIncompleteStatusReason.MaxOutputTokens); the response is incomplete.");
                    }

                    return response.GetOutputText();
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
                async Task<string> M(OpenAIResponseClient client, string question)
                {
                    var builder = new StringBuilder();
                    await foreach (var update in client.{|LLM0002:CreateResponseStreamingAsync|}(question, new ResponseCreationOptions { MaxOutputTokenCount = 500 }))
                    {
                        if (update is StreamingResponseOutputTextDeltaUpdate delta)
                            builder.Append(delta.Delta);
                    }

                    return builder.ToString();
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(OpenAIResponseClient client, string question)
                {
                    var builder = new StringBuilder();
                    ResponseIncompleteStatusReason? incompleteReason = null;
                    await foreach (var update in client.CreateResponseStreamingAsync(question, new ResponseCreationOptions { MaxOutputTokenCount = 500 }))
                    {
                        if (update is StreamingResponseIncompleteUpdate incomplete) incompleteReason = incomplete.Response?.IncompleteStatusDetails?.Reason;
                        if (update is StreamingResponseOutputTextDeltaUpdate delta)
                            builder.Append(delta.Delta);
                    }

                    if (incompleteReason == ResponseIncompleteStatusReason.MaxOutputTokens)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ResponseIncompleteStatusReason.MaxOutputTokens); the response is incomplete.");
                    }

                    return builder.ToString();
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("if (update is StreamingResponseIncompleteUpdate) throw new InvalidOperationException();")]
    [InlineData("if (update is StreamingResponseCompletedUpdate done && done.Response.Status != ResponseStatus.Completed) throw new InvalidOperationException();")]
    public Task CheckedStream_Silent(string check) => Create()
        .WithSource(Usings + $$"""
            class C
            {
                void M(OpenAIResponseClient client, string question)
                {
                    foreach (var update in client.CreateResponseStreaming(question, new ResponseCreationOptions { MaxOutputTokenCount = 500 }))
                    {
                        if (update is StreamingResponseOutputTextDeltaUpdate delta)
                            Console.Write(delta.Delta);
                        {{check}}
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ParsedWithoutCheck_LLM0008() => Create()
        .WithSource(Usings + """
            record Plan(string[] Steps);

            class C
            {
                Plan? M(OpenAIResponseClient client, string goal)
                {
                    OpenAIResponse response = client.{|LLM0008:CreateResponse|}(goal, new ResponseCreationOptions { MaxOutputTokenCount = 900 });
                    return JsonSerializer.Deserialize<Plan>(response.GetOutputText());
                }
            }
            """)
        .ValidateAsync();

    // ---- Model-dependent rules: the model comes from the client ----

    [Fact]
    public Task CapAboveLimit_ModelOfTheFactory_ReportedAndLowered() => Create()
        .WithCodeFix<TokenValueFixer>()
        .WithCodeFixKey(TokenValueFixer.LowerToModelLimitKey)
        .WithSource(Send("gpt-4.1", "new ResponseCreationOptions { MaxOutputTokenCount = {|LLM0003:50000|} }"))
        .ExpectMessage("MaxOutputTokenCount 50000 exceeds the 32768-token output limit of 'gpt-4.1'")
        .ShouldFixTo(Send("gpt-4.1", "new ResponseCreationOptions { MaxOutputTokenCount = 32768 }"))
        .ValidateAsync();

    [Fact]
    public Task CapAboveLimit_ModelOfTheConstructor_Reported() => Create()
        .WithSource(Usings + """
            class C
            {
                OpenAIResponse M(string question) => new OpenAIResponseClient("gpt-4o", "key").CreateResponse(question, new ResponseCreationOptions { MaxOutputTokenCount = {|LLM0003:20000|} });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapAboveLimit_ClientOfUnknownOrigin_Silent() => Create()
        .WithSource(Usings + """
            class C
            {
                OpenAIResponse M(OpenAIResponseClient client, string question) => client.CreateResponse(question, new ResponseCreationOptions { MaxOutputTokenCount = 1000000 });
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("o3", "new ResponseCreationOptions { MaxOutputTokenCount = {|LLM0011:200|} }")]
    [InlineData("my-model", "new ResponseCreationOptions { MaxOutputTokenCount = {|LLM0011:200|}, ReasoningOptions = new ResponseReasoningOptions { ReasoningEffortLevel = ResponseReasoningEffortLevel.High } }")]
    [InlineData("my-model", "new ResponseCreationOptions { MaxOutputTokenCount = 200 }")]
    public Task SmallCap_ReportedOnReasoningOnly(string model, string options) => Create()
        .WithSource(Send(model, options))
        .ValidateAsync();

    // ---- Value rules ----

    [Fact]
    public Task CapBelowMinimum_Reported() => Create()
        .WithSource(Send("gpt-4.1", "new ResponseCreationOptions { MaxOutputTokenCount = {|LLM0006:8|} }"))
        .ExpectMessage("MaxOutputTokenCount 8 is below the minimum of 16; the API rejects the request")
        .ValidateAsync();

    [Fact]
    public Task CapAboveCeiling_Reported() => Create()
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 1000")
        .WithSource(Send("gpt-4.1", "new ResponseCreationOptions { MaxOutputTokenCount = {|LLM0010:1500|} }"))
        .ValidateAsync();

    // ---- Chat on 2.7 ----

    [Fact]
    public Task Chat_MissingCapAndUncheckedFinishReason_Reported() => Create()
        .WithSource(Usings + """
            class C
            {
                string M(ChatClient chat, string text) => chat.{|LLM0001:{|LLM0002:CompleteChat|}|}(new UserChatMessage(text)).Value.Content[0].Text;
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ValueAndModelRules_WithinLimits_Silent() => Create()
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 8000")
        .WithSource(Usings + """
            record Plan(string[] Steps);

            class C
            {
                Plan? M(OpenAIClient openAI, string goal)
                {
                    var client = openAI.GetOpenAIResponseClient("o3");
                    OpenAIResponse response = client.CreateResponse(goal, new ResponseCreationOptions { MaxOutputTokenCount = 4000 });
                    if (response.Status != ResponseStatus.Completed)
                        return null;
                    return JsonSerializer.Deserialize<Plan>(response.GetOutputText());
                }
            }
            """)
        .ValidateAsync();
}
