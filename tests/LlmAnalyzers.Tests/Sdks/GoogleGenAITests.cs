using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>Google.GenAI (sdk-surface.md §g), 1.x and 0.x. LLM0009 is Anthropic-only; no Gemini model rejects stop sequences (LLM0012).</summary>
[Trait("Sdk", "Google.GenAI")]
public sealed class GoogleGenAITests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using System.Threading.Tasks;
        using Google.GenAI;
        using Google.GenAI.Types;

        """;

    private static Verifier Create(TestSdks sdk, string rule) => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(sdk).WithRule(rule);

    private static Verifier Fix<TFixer>(TestSdks sdk, string rule, string key) where TFixer : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
        => Create(sdk, rule).WithCodeFix<TFixer>().WithCodeFixKey(key);

    // ---- LLM0001 ----

    [Theory]
    [InlineData(TestSdks.GoogleGenAI)]
    [InlineData(TestSdks.GoogleGenAIPre1)]
    public Task MissingCap_NoConfigOrConfigWithoutCap_Reported(TestSdks sdk) => Create(sdk, RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text)
                {
                    await client.Models.[|GenerateContentAsync|]("gemini-2.5-flash", text);
                    await client.Models.[|GenerateContentAsync|]("gemini-2.5-flash", text, new GenerateContentConfig { Temperature = 0.2 });
                    var config = new GenerateContentConfig();
                    await foreach (var chunk in client.Models.[|GenerateContentStreamAsync|]("gemini-2.5-flash", text, config)) { }
                }
            }
            """)
        .ExpectMessage("'GenerateContentAsync' is called without 'GenerateContentConfig.MaxOutputTokens'; the model's maximum output applies, so the response length and cost are unbounded")
        .ValidateAsync();

    [Theory]
    [InlineData(TestSdks.GoogleGenAI)]
    [InlineData(TestSdks.GoogleGenAIPre1)]
    public Task MissingCap_CapSetOrConfigUnseen_Silent(TestSdks sdk) => Create(sdk, RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text, GenerateContentConfig fromCaller)
                {
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 });
                    var config = new GenerateContentConfig();
                    config.MaxOutputTokens = 2048;
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, config);
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, fromCaller);
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, Build());
                }

                static GenerateContentConfig Build() => new() { MaxOutputTokens = 100 };
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task MissingCap_Fix_PassesAConfig() => Fix<MaxOutputTokensFixer>(TestSdks.GoogleGenAI, RuleIdentifiers.MissingMaxOutputTokens, MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.[|GenerateContentAsync|]("gemini-2.5-flash", text);
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 1024 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task MissingCap_ThroughTheExtensionsAIAdapter_Reported() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Usings + """
            using Microsoft.Extensions.AI;

            class C
            {
                async Task M(Client client, string text)
                {
                    IChatClient chat = client.AsIChatClient("gemini-2.5-flash");
                    await chat.[|GetResponseAsync|](text);
                    await chat.GetResponseAsync(text, new ChatOptions { MaxOutputTokens = 2048 });
                }
            }
            """)
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard ----

    [Theory]
    [InlineData(TestSdks.GoogleGenAI)]
    [InlineData(TestSdks.GoogleGenAIPre1)]
    public Task FinishReason_ContentUsedUnchecked_Reported(TestSdks sdk) => Create(sdk, RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Usings + """
            class C
            {
                async Task<string?> M(Client client, string text)
                {
                    var config = new GenerateContentConfig { MaxOutputTokens = 2048 };
                    var response = await client.Models.[|GenerateContentAsync|]("gemini-2.0-flash", text, config);
                    return response.Candidates?[0].Content?.Parts?[0].Text;
                }
            }
            """)
        .ExpectMessage("The response of 'GenerateContentAsync' is used without checking 'Candidate.FinishReason'; a truncated answer ('" + (sdk == TestSdks.GoogleGenAI ? "MaxTokens" : "MAX_TOKENS") + "') would pass as complete")
        .ValidateAsync();

    [Fact]
    public Task FinishReason_CheckedOrResponseReturned_Silent() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Usings + """
            class C
            {
                async Task<string> Checked(Client client, string text)
                {
                    var response = await client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 });
                    var candidate = response.Candidates?[0];
                    if (candidate?.FinishReason == FinishReason.MaxTokens)
                        throw new InvalidOperationException();
                    return response.Text ?? "";
                }

                async Task<GenerateContentResponse> Returned(Client client, string text)
                {
                    var response = await client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 });
                    return response;
                }

                async Task<int?> UsageOnly(Client client, string text)
                    => (await client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 })).UsageMetadata?.CandidatesTokenCount;
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task StructuredOutput_ParsedUnchecked_Reported() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.UncheckedStructuredOutput)
        .WithSource(Usings + """
            using System.Text.Json;

            record Quiz(string Question);

            class C
            {
                async Task<Quiz?> M(Client client, string text)
                {
                    var response = await client.Models.[|GenerateContentAsync|]("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048, ResponseMimeType = "application/json" });
                    return JsonSerializer.Deserialize<Quiz>(response.Text!);
                }
            }
            """)
        .ExpectMessage("The response of 'GenerateContentAsync' is parsed as structured data without checking 'Candidate.FinishReason'; a truncated answer ('MaxTokens') is invalid or partial data")
        .ValidateAsync();

    [Fact]
    public Task Guard_Response_V1_ComparesTheStaticProperty() => Fix<FinishReasonGuardFixer>(TestSdks.GoogleGenAI, RuleIdentifiers.UncheckedFinishReason, FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string?> M(Client client, string text)
                {
                    var answer = (await client.Models.[|GenerateContentAsync|]("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 })).Text;
                    return answer;
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string?> M(Client client, string text)
                {
                    var generateContentResponse = await client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 });
                    if (generateContentResponse.Candidates?.Count > 0 && generateContentResponse.Candidates[0].FinishReason == FinishReason.MaxTokens)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (FinishReason.MaxTokens); the response is incomplete.");
                    }

                    var answer = (generateContentResponse).Text;
                    return answer;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Guard_Response_Pre1_ComparesTheEnumMember() => Fix<FinishReasonGuardFixer>(TestSdks.GoogleGenAIPre1, RuleIdentifiers.UncheckedFinishReason, FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string?> M(Client client, string text)
                {
                    GenerateContentResponse response = await client.Models.[|GenerateContentAsync|]("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 });
                    return response.Candidates?[0].Content?.Parts?[0].Text;
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string?> M(Client client, string text)
                {
                    GenerateContentResponse response = await client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 });
                    if (response.Candidates?.Count > 0 && response.Candidates[0].FinishReason == FinishReason.MAX_TOKENS)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (FinishReason.MAX_TOKENS); the response is incomplete.");
                    }

                    return response.Candidates?[0].Content?.Parts?[0].Text;
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData(TestSdks.GoogleGenAI, "MaxTokens")]
    [InlineData(TestSdks.GoogleGenAIPre1, "MAX_TOKENS")]
    public Task Guard_Stream_RecordsTheFirstCandidatesFinishReason(TestSdks sdk, string value) => Fix<FinishReasonGuardFixer>(sdk, RuleIdentifiers.UncheckedFinishReason, FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(Client client, string text)
                {
                    var builder = new StringBuilder();
                    await foreach (var chunk in client.Models.[|GenerateContentStreamAsync|]("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 }))
                    {
                        builder.Append(chunk.Candidates?[0].Content?.Parts?[0].Text);
                    }

                    return builder.ToString();
                }
            }
            """)
        .ShouldFixTo(Usings + $$"""
            class C
            {
                async Task<string> M(Client client, string text)
                {
                    var builder = new StringBuilder();
                    FinishReason? finishReason = null;
                    await foreach (var chunk in client.Models.GenerateContentStreamAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 }))
                    {
                        if (chunk.Candidates is { Count: > 0 } candidates) finishReason = candidates[0].FinishReason ?? finishReason;
                        builder.Append(chunk.Candidates?[0].Content?.Parts?[0].Text);
                    }

                    if (finishReason == FinishReason.{{value}})
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (FinishReason.{{value}}); the response is incomplete.");
                    }

                    return builder.ToString();
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData(TestSdks.GoogleGenAI, "FinishReason.MaxTokens")]
    [InlineData(TestSdks.GoogleGenAIPre1, "FinishReason.MAX_TOKENS")]
    public Task Stream_CheckedInTheLoop_Silent(TestSdks sdk, string value) => Create(sdk, RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Usings + $$"""
            class C
            {
                async Task M(Client client, string text)
                {
                    await foreach (var chunk in client.Models.GenerateContentStreamAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048 }))
                    {
                        Console.Write(chunk.Candidates?[0].Content?.Parts?[0].Text);
                        if (chunk.Candidates?[0].FinishReason == {{value}})
                            throw new InvalidOperationException();
                    }
                }
            }
            """)
        .ValidateAsync();

    // ---- LLM0003 / LLM0006 / LLM0010 / LLM0011: the cap's value ----

    [Fact]
    public Task CapAboveModelLimit_Reported_AndLoweredToTheLimit() => Fix<TokenValueFixer>(TestSdks.GoogleGenAI, RuleIdentifiers.CapAboveModelLimit, TokenValueFixer.LowerToModelLimitKey)
        .WithSource(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = [|20000|] });
            }
            """)
        .ExpectMessage("MaxOutputTokens 20000 exceeds the 8192-token output limit of 'gemini-2.0-flash'")
        .ShouldFixTo(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 8192 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapAboveModelLimit_ModelUnknownOrWithinLimit_Silent() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Usings + """
            using Microsoft.Extensions.AI;

            class C
            {
                async Task M(Client client, string text, string model)
                {
                    await client.Models.GenerateContentAsync(model, text, new GenerateContentConfig { MaxOutputTokens = 20000 });
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 20000 });
                    await client.Models.GenerateContentAsync("my-tuned-model", text, new GenerateContentConfig { MaxOutputTokens = 20000 });
                    await client.AsIChatClient().GetResponseAsync(text, new ChatOptions { MaxOutputTokens = 20000 });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapAboveModelLimit_ModelFromTheExtensionsAIAdapter_Reported() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Usings + """
            using Microsoft.Extensions.AI;

            class C
            {
                Task<ChatResponse> M(Client client, string text)
                    => client.AsIChatClient("gemini-2.0-flash").GetResponseAsync(text, new ChatOptions { MaxOutputTokens = [|20000|] });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapNotPositive_Reported() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.CapBelowMinimum)
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text)
                {
                    await client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = [|0|] });
                    await client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 1 });
                }
            }
            """)
        .ExpectMessage("MaxOutputTokens 0 is not positive; the API rejects the request")
        .ValidateAsync();

    [Fact]
    public Task CapAboveCeiling_Reported() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.CapAboveCeiling)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 4000")
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text)
                {
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = [|8000|] });
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 4000 });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ReasoningCap_SmallCapOnAThinkingModel_Reported_UnlessThinkingIsOff() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text)
                {
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = [|300|] });
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 300, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 0 } });
                    await client.Models.GenerateContentAsync("gemini-2.0-flash", text, new GenerateContentConfig { MaxOutputTokens = 300 });
                }
            }
            """)
        .ExpectMessage("MaxOutputTokens 300 is below 1024 tokens for reasoning model 'gemini-2.5-flash': reasoning tokens count toward the limit and the visible answer can come back empty")
        .ValidateAsync();

    // ---- LLM0007: thinking budgets with Gemini 2.5 ranges ----

    [Fact]
    public Task ThinkingBudget_OutsideTheModelsRange_Reported() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text)
                {
                    await client.Models.GenerateContentAsync("gemini-2.5-pro", text, new GenerateContentConfig { MaxOutputTokens = 40000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|64|] } });
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 40000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|30000|] } });
                    await client.Models.GenerateContentAsync("gemini-2.5-flash-lite", text, new GenerateContentConfig { MaxOutputTokens = 4000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|256|] } });
                }
            }
            """)
        .ExpectMessage("ThinkingBudget 64 is outside the 128–32768 range of 'gemini-2.5-pro'")
        .ExpectMessage("ThinkingBudget 30000 is outside the 0–24576 range of 'gemini-2.5-flash'")
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudget_NotBelowTheCap_Reported() => Create(TestSdks.GoogleGenAIPre1, RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text, string model)
                {
                    var config = new GenerateContentConfig { MaxOutputTokens = 1024, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|4096|] } };
                    await client.Models.GenerateContentAsync("gemini-2.5-pro", text, config);
                    await client.Models.GenerateContentAsync(model, text, new GenerateContentConfig { MaxOutputTokens = 2000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|2000|] } });
                }
            }
            """)
        .ExpectMessage("ThinkingBudget 4096 is not below MaxOutputTokens 1024: thinking tokens count toward that limit")
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudget_InRangeDynamicOffOrUnknown_Silent() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text, string model, int budget)
                {
                    await client.Models.GenerateContentAsync("gemini-2.5-pro", text, new GenerateContentConfig { MaxOutputTokens = 40000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 32768 } });
                    await client.Models.GenerateContentAsync("gemini-2.5-pro", text, new GenerateContentConfig { MaxOutputTokens = 4000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = -1 } });
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 4000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 0 } });
                    await client.Models.GenerateContentAsync("gemini-2.5-flash-lite", text, new GenerateContentConfig { MaxOutputTokens = 4000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 0 } });
                    await client.Models.GenerateContentAsync(model, text, new GenerateContentConfig { ThinkingConfig = new ThinkingConfig { ThinkingBudget = 50000 } });
                    await client.Models.GenerateContentAsync("gemini-2.5-pro", text, new GenerateContentConfig { MaxOutputTokens = 4000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = budget } });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudget_Fix_SetsTheNearestBound() => Fix<TokenValueFixer>(TestSdks.GoogleGenAI, RuleIdentifiers.ThinkingBudgetUnusable, TokenValueFixer.SetBudgetKey)
        .WithSource(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 40000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|30000|] } });
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 40000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 24576 } });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudget_Fix_LowersTheBudgetBelowTheCap() => Fix<TokenValueFixer>(TestSdks.GoogleGenAI, RuleIdentifiers.ThinkingBudgetUnusable, TokenValueFixer.LowerBudgetKey)
        .WithSource(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.GenerateContentAsync("gemini-2.5-pro", text, new GenerateContentConfig { MaxOutputTokens = 2048, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|4096|] } });
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.GenerateContentAsync("gemini-2.5-pro", text, new GenerateContentConfig { MaxOutputTokens = 2048, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 2047 } });
            }
            """)
        .ValidateAsync();

    // ---- LLM0004 / LLM0005: stop sequences ----

    [Fact]
    public Task StopSequences_UnsafeOrTooMany_Reported() => Create(TestSdks.GoogleGenAI, RuleIdentifiers.UnsafeStopSequence)
        .WithSource(Usings + """
            class C
            {
                async Task M(Client client, string text)
                {
                    await client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048, StopSequences = [{|LLM0004:"."|}, "</answer>"] });
                    var config = new GenerateContentConfig { MaxOutputTokens = 2048, StopSequences = ["<a>", "<b>", "<c>", "<d>", "<e>", "<f>"] };
                    await client.Models.{|LLM0005:GenerateContentAsync|}("gemini-2.5-flash", text, config);
                }
            }
            """)
        .ExpectMessage("Stop sequence \".\" has fewer than 3 non-whitespace characters; it occurs in normal output and ends the answer early")
        .ExpectMessage("'GenerateContentConfig.StopSequences' has 6 stop sequences; Gemini accepts at most 5")
        .ValidateAsync();

    [Fact]
    public Task StopSequences_FiveSafeOnesOrASpread_Silent() => Create(TestSdks.GoogleGenAIPre1, RuleIdentifiers.TooManyStopSequences)
        .WithSource(Usings + """
            using System.Collections.Generic;

            class C
            {
                Task<GenerateContentResponse> M(Client client, string text)
                    => client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048, StopSequences = ["<a>", "<b>", "<c>", "<d>", "<e>"] });

                // A spread's items are unknown: the count is not exact.
                Task<GenerateContentResponse> N(Client client, string text, List<string> more)
                    => client.Models.GenerateContentAsync("gemini-2.5-flash", text, new GenerateContentConfig { MaxOutputTokens = 2048, StopSequences = ["<a>", "<b>", "<c>", "<d>", "<e>", .. more] });
            }
            """)
        .ValidateAsync();
}
