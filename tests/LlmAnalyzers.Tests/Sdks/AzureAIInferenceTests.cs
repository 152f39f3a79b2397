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
}
