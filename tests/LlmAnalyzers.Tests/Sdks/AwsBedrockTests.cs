using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>
/// AWSSDK.BedrockRuntime Converse (sdk-surface.md §h). Not applicable: LLM0005 (the stop-sequence limit depends on the
/// model), LLM0007 (thinking budgets travel in an untyped Document), LLM0009 (Anthropic SDK only), LLM0012 (no Bedrock
/// model in the catalog rejects stop sequences).
/// </summary>
[Trait("Sdk", "AWSSDK.BedrockRuntime")]
public sealed class AwsBedrockTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;

        """;

    private static Verifier Create(string rule) => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.AwsBedrock).WithRule(rule);

    private static Verifier Fix<TFixer>(string rule, string key) where TFixer : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
        => Create(rule).WithCodeFix<TFixer>().WithCodeFixKey(key);

    // ---- LLM0001 ----

    [Fact]
    public Task MissingCap_NoInferenceConfigOrNoMaxTokens_Reported() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Usings + """
            class C
            {
                async Task M(IAmazonBedrockRuntime runtime, List<Message> messages)
                {
                    await runtime.[|ConverseAsync|](new ConverseRequest { ModelId = "anthropic.claude-sonnet-4-20250514-v1:0", Messages = messages });
                    var request = new ConverseStreamRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { Temperature = 0.2f } };
                    await runtime.[|ConverseStreamAsync|](request);
                }
            }
            """)
        .ExpectMessage("'ConverseAsync' is called without 'ConverseRequest.InferenceConfig.MaxTokens'; Bedrock then allows the model's maximum output, so the response length and cost are unbounded")
        .ValidateAsync();

    [Fact]
    public Task MissingCap_SetInPlaceLaterOrUnseen_Silent() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Usings + """
            class C
            {
                async Task M(AmazonBedrockRuntimeClient runtime, List<Message> messages, ConverseRequest fromCaller)
                {
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = 1000 } });
                    var request = new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages };
                    request.InferenceConfig = new InferenceConfiguration { MaxTokens = 1000 };
                    await runtime.ConverseAsync(request);
                    var configured = new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration() };
                    configured.InferenceConfig.MaxTokens = 1000;
                    await runtime.ConverseAsync(configured);
                    await runtime.ConverseAsync(fromCaller);
                    var inference = new InferenceConfiguration { MaxTokens = 1000 };
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = inference });
                }
            }
            """)
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard ----

    [Fact]
    public Task StopReason_OutputUsedUnchecked_Reported_AndCheckedOrReturned_Silent() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Usings + """
            class C
            {
                async Task<string> Unchecked(IAmazonBedrockRuntime runtime, ConverseRequest request)
                {
                    var response = await runtime.[|ConverseAsync|](request);
                    return response.Output.Message.Content[0].Text;
                }

                async Task<string> Checked(IAmazonBedrockRuntime runtime, ConverseRequest request)
                {
                    var response = await runtime.ConverseAsync(request);
                    return response.StopReason.Value == "max_tokens" ? "" : response.Output.Message.Content[0].Text;
                }

                Task<ConverseResponse> Returned(IAmazonBedrockRuntime runtime, ConverseRequest request) => runtime.ConverseAsync(request);
            }
            """)
        .ExpectMessage("The response of 'ConverseAsync' is used without checking 'ConverseResponse.StopReason'; a truncated answer ('Max_tokens' or 'Model_context_window_exceeded') would pass as complete")
        .ValidateAsync();

    [Fact]
    public Task StructuredOutput_ParsedUnchecked_Reported() => Create(RuleIdentifiers.UncheckedStructuredOutput)
        .WithSource(Usings + """
            using System.Text.Json;

            record Ticket(string Category);

            class C
            {
                async Task<Ticket?> M(IAmazonBedrockRuntime runtime, ConverseRequest request)
                {
                    ConverseResponse response = await runtime.[|ConverseAsync|](request);
                    return JsonSerializer.Deserialize<Ticket>(response.Output.Message.Content[0].Text);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Guard_Response_ComparesTheConstantClassFields() => Fix<FinishReasonGuardFixer>(RuleIdentifiers.UncheckedFinishReason, FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(IAmazonBedrockRuntime runtime, ConverseRequest request)
                {
                    ConverseResponse response = await runtime.[|ConverseAsync|](request);
                    return response.Output.Message.Content[0].Text;
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(IAmazonBedrockRuntime runtime, ConverseRequest request)
                {
                    ConverseResponse response = await runtime.ConverseAsync(request);
                    if (response.StopReason == StopReason.Max_tokens || response.StopReason == StopReason.Model_context_window_exceeded)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (StopReason.Max_tokens or StopReason.Model_context_window_exceeded); the response is incomplete.");
                    }

                    return response.Output.Message.Content[0].Text;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Guard_Stream_ThroughTheResponsesStream() => Fix<FinishReasonGuardFixer>(RuleIdentifiers.UncheckedFinishReason, FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(IAmazonBedrockRuntime runtime, ConverseStreamRequest request)
                {
                    var response = await runtime.[|ConverseStreamAsync|](request);
                    var builder = new StringBuilder();
                    await foreach (var item in response.Stream)
                    {
                        if (item is ContentBlockDeltaEvent delta)
                            builder.Append(delta.Delta.Text);
                    }

                    return builder.ToString();
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(IAmazonBedrockRuntime runtime, ConverseStreamRequest request)
                {
                    var response = await runtime.ConverseStreamAsync(request);
                    var builder = new StringBuilder();
                    StopReason? stopReason = null;
                    await foreach (var item in response.Stream)
                    {
                        if (item is MessageStopEvent messageStop) stopReason = messageStop.StopReason;
                        if (item is ContentBlockDeltaEvent delta)
                            builder.Append(delta.Delta.Text);
                    }

                    if (stopReason == StopReason.Max_tokens || stopReason == StopReason.Model_context_window_exceeded)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (StopReason.Max_tokens or StopReason.Model_context_window_exceeded); the response is incomplete.");
                    }

                    return builder.ToString();
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Stream_InPlaceLoopUnchecked_Reported_CheckedOrEventHandlers_Silent() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Usings + """
            class C
            {
                async Task Unchecked(IAmazonBedrockRuntime runtime, ConverseStreamRequest request)
                {
                    foreach (var item in (await runtime.[|ConverseStreamAsync|](request)).Stream)
                        if (item is ContentBlockDeltaEvent delta) Console.Write(delta.Delta.Text);
                }

                async Task Checked(IAmazonBedrockRuntime runtime, ConverseStreamRequest request)
                {
                    var response = await runtime.ConverseStreamAsync(request);
                    await foreach (var item in response.Stream)
                    {
                        if (item is ContentBlockDeltaEvent delta) Console.Write(delta.Delta.Text);
                        else if (item is MessageStopEvent stop && stop.StopReason == StopReason.Max_tokens) throw new InvalidOperationException();
                    }
                }

                async Task Events(IAmazonBedrockRuntime runtime, ConverseStreamRequest request)
                {
                    var response = await runtime.ConverseStreamAsync(request);
                    response.Stream.ContentBlockDeltaReceived += (_, e) => Console.Write(e.EventStreamEvent.Delta.Text);
                    await foreach (var item in response.Stream) { }
                }
            }
            """)
        .ValidateAsync();

    // ---- The cap's value: model ids through the catalog ----

    [Fact]
    public Task CapAboveModelLimit_BedrockAndCrossRegionIds_Reported() => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Usings + """
            class C
            {
                private const string Sonnet = "anthropic.claude-sonnet-4-20250514-v1:0";

                async Task M(IAmazonBedrockRuntime runtime, List<Message> messages)
                {
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = Sonnet, Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = [|100000|] } });
                    var request = new ConverseStreamRequest { ModelId = "us.anthropic.claude-3-5-haiku-20241022-v1:0", Messages = messages };
                    request.InferenceConfig = new InferenceConfiguration { MaxTokens = [|10000|] };
                    await runtime.ConverseStreamAsync(request);
                }
            }
            """)
        .ExpectMessage("InferenceConfig.MaxTokens 100000 exceeds the 64000-token output limit of 'anthropic.claude-sonnet-4-20250514-v1:0'")
        .ExpectMessage("InferenceConfig.MaxTokens 10000 exceeds the 8192-token output limit of 'us.anthropic.claude-3-5-haiku-20241022-v1:0'")
        .ValidateAsync();

    [Fact]
    public Task CapAboveModelLimit_UnknownOrUnseenModel_Silent() => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Usings + """
            class C
            {
                async Task M(IAmazonBedrockRuntime runtime, List<Message> messages, string modelId)
                {
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = 100000 } });
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = modelId, Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = 100000 } });
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/my-profile", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = 100000 } });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapAboveModelLimit_Fix_LowersToTheLimit() => Fix<TokenValueFixer>(RuleIdentifiers.CapAboveModelLimit, TokenValueFixer.LowerToModelLimitKey)
        .WithSource(Usings + """
            class C
            {
                Task<ConverseResponse> M(IAmazonBedrockRuntime runtime, List<Message> messages)
                    => runtime.ConverseAsync(new ConverseRequest { ModelId = "anthropic.claude-sonnet-4-20250514-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = [|100000|] } });
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<ConverseResponse> M(IAmazonBedrockRuntime runtime, List<Message> messages)
                    => runtime.ConverseAsync(new ConverseRequest { ModelId = "anthropic.claude-sonnet-4-20250514-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = 64000 } });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapNotPositive_AboveCeiling_SmallForReasoning_Reported() => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.AwsBedrock)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 4000")
        .WithSource(Usings + """
            class C
            {
                async Task M(IAmazonBedrockRuntime runtime, ConverseRequest request, List<Message> messages)
                {
                    request.InferenceConfig = new InferenceConfiguration { MaxTokens = {|LLM0006:0|} };
                    await runtime.ConverseAsync(request);
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = {|LLM0010:8000|} } });
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = "us.anthropic.claude-fable-5", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = {|LLM0011:300|} } });
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = 300 } });
                }
            }
            """)
        .ValidateAsync();

    // ---- Stop sequences ----

    [Fact]
    public Task StopSequences_Unsafe_Reported_ManySafe_Silent() => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.AwsBedrock)
        .WithSource(Usings + """
            class C
            {
                async Task M(IAmazonBedrockRuntime runtime, List<Message> messages)
                {
                    var request = new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = 500 } };
                    request.InferenceConfig.StopSequences = [{|LLM0004:"."|}, "</json>"];
                    await runtime.ConverseAsync(request);
                    await runtime.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = messages, InferenceConfig = new InferenceConfiguration { MaxTokens = 500, StopSequences = ["<a>", "<b>", "<c>", "<d>", "<e>", "<f>"] } });
                }
            }
            """)
        .ExpectMessage("Stop sequence \".\" has fewer than 3 non-whitespace characters; it occurs in normal output and ends the answer early")
        .ValidateAsync();

    // ---- Older SDKs: StopReason without Model_context_window_exceeded ----

    [Fact]
    public Task Guard_OlderSdkWithoutContextWindowValue_ComparesMaxTokensOnly() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithRule(RuleIdentifiers.UncheckedFinishReason)
        .WithSdks(TestSdks.None)
        .WithReference(Verifier.CompileStub("AWSSDK.BedrockRuntime", OlderBedrock))
        .WithSource("""
            using System;
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;

            class C
            {
                async Task<string> M(IAmazonBedrockRuntime runtime, ConverseRequest request)
                {
                    var response = await runtime.[|ConverseAsync|](request);
                    return response.Output.Text;
                }
            }
            """)
        .ShouldFixTo("""
            using System;
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;

            class C
            {
                async Task<string> M(IAmazonBedrockRuntime runtime, ConverseRequest request)
                {
                    var response = await runtime.ConverseAsync(request);
                    if (response.StopReason == StopReason.Max_tokens)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (StopReason.Max_tokens); the response is incomplete.");
                    }

                    return response.Output.Text;
                }
            }
            """)
        .ValidateAsync();

    /// <summary>The Converse surface before Model_context_window_exceeded existed, reduced to what the guard needs.</summary>
    private const string OlderBedrock = """
        using System.Threading;
        using System.Threading.Tasks;

        namespace Amazon.BedrockRuntime
        {
            public interface IAmazonBedrockRuntime
            {
                Task<Model.ConverseResponse> ConverseAsync(Model.ConverseRequest request, CancellationToken cancellationToken = default);
            }

            public class StopReason
            {
                public static readonly StopReason End_turn = new();
                public static readonly StopReason Max_tokens = new();
                public static bool operator ==(StopReason? a, StopReason? b) => ReferenceEquals(a, b);
                public static bool operator !=(StopReason? a, StopReason? b) => !ReferenceEquals(a, b);
                public override bool Equals(object? obj) => ReferenceEquals(this, obj);
                public override int GetHashCode() => 0;
            }
        }

        namespace Amazon.BedrockRuntime.Model
        {
            public class ConverseRequest
            {
                public InferenceConfiguration? InferenceConfig { get; set; }
            }

            public class InferenceConfiguration
            {
                public int MaxTokens { get; set; }
            }

            public class ConverseResponse
            {
                public StopReason StopReason { get; set; } = StopReason.End_turn;
                public ConverseOutput Output { get; set; } = new();
            }

            public class ConverseOutput
            {
                public string Text { get; set; } = "";
            }
        }
        """;
}
