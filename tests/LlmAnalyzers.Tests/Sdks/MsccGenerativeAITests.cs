using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>
/// Mscc.GenerativeAI 3.x (sdk-surface.md §l). The model (and a chat started from it) holds a generation config that
/// applies to calls passing none. LLM0009 is Anthropic-only; no Gemini model rejects stop sequences (LLM0012).
/// </summary>
[Trait("Sdk", "Mscc.GenerativeAI")]
public sealed class MsccGenerativeAITests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Text;
        using System.Threading.Tasks;
        using Mscc.GenerativeAI;
        using Mscc.GenerativeAI.Types;

        """;

    private static Verifier Create(string rule) => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.MsccGenerativeAI).WithRule(rule);

    private static Verifier Fix<TFixer>(string rule, string key) where TFixer : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
        => Create(rule).WithCodeFix<TFixer>().WithCodeFixKey(key);

    // ---- LLM0001 ----

    [Fact]
    public Task MissingCap_NeitherCallNorModelNorChatSetsOne_Reported() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Usings + """
            class C
            {
                async Task M(GoogleAI ai, string text)
                {
                    var model = ai.GenerativeModel(Model.Gemini25Flash);
                    await model.[|GenerateContent|](text);
                    await model.[|GenerateContent|](text, new GenerationConfig { Temperature = 0.2f });
                    await model.[|GenerateContent|](new GenerateContentRequest { GenerationConfig = new GenerationConfig() });
                    await ai.GenerativeModel(Model.Gemini25Flash).StartChat().[|SendMessage|](text);
                    await foreach (var chunk in model.[|GenerateContentStream|](text)) { }
                }
            }
            """)
        .ExpectMessage("'GenerateContent' is called without 'GenerationConfig.MaxOutputTokens'; the model's maximum output applies, so the response length and cost are unbounded")
        .ExpectMessage("'GenerateContent' is called without 'GenerationConfig.MaxOutputTokens'; the model's maximum output applies, so the response length and cost are unbounded")
        .ExpectMessage("'GenerateContent' is called without 'GenerationConfig.MaxOutputTokens'; the model's maximum output applies, so the response length and cost are unbounded")
        .ValidateAsync();

    [Fact]
    public Task MissingCap_SetOnTheCallTheModelOrTheChat_OrModelUnseen_Silent() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Usings + """
            class C
            {
                private readonly GenerativeModel _capped = new GoogleAI().GenerativeModel(Model.Gemini25Flash, new GenerationConfig { MaxOutputTokens = 2048 });

                async Task M(GoogleAI ai, GenerativeModel fromCaller, ChatSession chatFromCaller, string text)
                {
                    var model = ai.GenerativeModel(Model.Gemini25Flash);
                    await model.GenerateContent(text, new GenerationConfig { MaxOutputTokens = 2048 });
                    await model.GenerateContent(new GenerateContentRequest { GenerationConfig = new GenerationConfig { MaxOutputTokens = 2048 } });
                    await _capped.GenerateContent(text);
                    await _capped.StartChat().SendMessage(text);
                    await model.StartChat(generationConfig: new GenerationConfig { MaxOutputTokens = 2048 }).SendMessage(text);
                    var chat = ai.GenerativeModel(Model.Gemini25Flash, new GenerationConfig { MaxOutputTokens = 2048 }).StartChat();
                    await foreach (var chunk in chat.SendMessageStream(text)) { }
                    await fromCaller.GenerateContent(text);
                    await chatFromCaller.SendMessage(text);
                    await Build(ai).GenerateContent(text);
                }

                static GenerativeModel Build(GoogleAI ai) => ai.GenerativeModel(Model.Gemini25Flash, new GenerationConfig { MaxOutputTokens = 2048 });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task MissingCap_Fix_PassesAConfig() => Fix<MaxOutputTokensFixer>(RuleIdentifiers.MissingMaxOutputTokens, MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(GoogleAI ai, string text)
                    => ai.GenerativeModel(Model.Gemini20Flash).[|GenerateContent|](text);
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(GoogleAI ai, string text)
                    => ai.GenerativeModel(Model.Gemini20Flash).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 1024 });
            }
            """)
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard ----

    [Fact]
    public Task FinishReason_TextUsedUnchecked_Reported_AndCheckedOrReturned_Silent() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Usings + """
            using System.Linq;

            class C
            {
                async Task<string> Unchecked(GenerativeModel model, string text)
                {
                    var response = await model.[|GenerateContent|](text, new GenerationConfig { MaxOutputTokens = 2048 });
                    return response.Text ?? "";
                }

                async Task<string> Checked(GenerativeModel model, string text)
                {
                    var response = await model.GenerateContent(text, new GenerationConfig { MaxOutputTokens = 2048 });
                    if (response.Candidates?.FirstOrDefault()?.FinishReason is FinishReason.MaxTokens or FinishReason.Safety)
                        throw new InvalidOperationException();
                    return response.Text ?? "";
                }

                Task<GenerateContentResponse> Returned(GenerativeModel model, string text)
                    => model.GenerateContent(text, new GenerationConfig { MaxOutputTokens = 2048 });
            }
            """)
        .ExpectMessage("The response of 'GenerateContent' is used without checking 'Candidate.FinishReason'; a truncated answer ('MaxTokens') would pass as complete")
        .ValidateAsync();

    [Fact]
    public Task StructuredOutput_ParsedUnchecked_Reported() => Create(RuleIdentifiers.UncheckedStructuredOutput)
        .WithSource(Usings + """
            using System.Text.Json;

            record Plan(string City);

            class C
            {
                async Task<Plan?> M(ChatSession chat, string text)
                {
                    var response = await chat.[|SendMessage|](text, new GenerationConfig { MaxOutputTokens = 2048 });
                    return JsonSerializer.Deserialize<Plan>(response.Text!);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Guard_Response() => Fix<FinishReasonGuardFixer>(RuleIdentifiers.UncheckedFinishReason, FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(GenerativeModel model, string text)
                {
                    GenerateContentResponse response = await model.[|GenerateContent|](text, new GenerationConfig { MaxOutputTokens = 2048 });
                    return response.Text ?? "";
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(GenerativeModel model, string text)
                {
                    GenerateContentResponse response = await model.GenerateContent(text, new GenerationConfig { MaxOutputTokens = 2048 });
                    if (response.Candidates?.Count > 0 && response.Candidates[0].FinishReason == FinishReason.MaxTokens)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (FinishReason.MaxTokens); the response is incomplete.");
                    }

                    return response.Text ?? "";
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Guard_Stream() => Fix<FinishReasonGuardFixer>(RuleIdentifiers.UncheckedFinishReason, FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Usings + """
            class C
            {
                async Task<string> M(ChatSession chat, string text)
                {
                    var builder = new StringBuilder();
                    await foreach (var chunk in chat.[|SendMessageStream|](text, new GenerationConfig { MaxOutputTokens = 2048 }))
                        builder.Append(chunk.Text);
                    return builder.ToString();
                }
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                async Task<string> M(ChatSession chat, string text)
                {
                    var builder = new StringBuilder();
                    FinishReason? finishReason = null;
                    await foreach (var chunk in chat.SendMessageStream(text, new GenerationConfig { MaxOutputTokens = 2048 }))
                    {
                        if (chunk.Candidates is { Count: > 0 } candidates) finishReason = candidates[0].FinishReason ?? finishReason;
                        builder.Append(chunk.Text);
                    }

                    if (finishReason == FinishReason.MaxTokens)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (FinishReason.MaxTokens); the response is incomplete.");
                    }

                    return builder.ToString();
                }
            }
            """)
        .ValidateAsync();

    // ---- Values: on the call, on the model, in a request ----

    [Fact]
    public Task CapAboveModelLimit_OnTheCallOrTheModelOrTheRequest_Reported() => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Usings + """
            class C
            {
                async Task M(GoogleAI ai, string text)
                {
                    await ai.GenerativeModel(Model.Gemini20Flash).GenerateContent(text, new GenerationConfig { MaxOutputTokens = [|20000|] });
                    var config = new GenerationConfig { MaxOutputTokens = [|30000|] };
                    var model = ai.GenerativeModel(Model.Gemini20Flash, config);
                    await model.GenerateContent(text);
                    await model.GenerateContent(new GenerateContentRequest { GenerationConfig = new GenerationConfig { MaxOutputTokens = [|40000|] } });
                }
            }
            """)
        .ExpectMessage("MaxOutputTokens 20000 exceeds the 8192-token output limit of 'gemini-2.0-flash'")
        .ValidateAsync();

    [Fact]
    public Task ModelConfig_ChangedAfterTheModelIsMade_OrModelUnknown_Silent() => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithSource(Usings + """
            class C
            {
                async Task M(GoogleAI ai, string text, string name, bool pro)
                {
                    var config = new GenerationConfig { MaxOutputTokens = 30000 };
                    var model = ai.GenerativeModel(Model.Gemini20Flash, config);
                    config.MaxOutputTokens = 8000;
                    await model.GenerateContent(text);
                    await ai.GenerativeModel(name).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 30000 });
                    var either = pro ? ai.GenerativeModel(Model.Gemini20Flash, new GenerationConfig { MaxOutputTokens = 30000 }) : ai.GenerativeModel(Model.Gemini20Flash, new GenerationConfig { MaxOutputTokens = 100 });
                    await either.GenerateContent(text);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapAboveModelLimit_Fix_LowersToTheLimit() => Fix<TokenValueFixer>(RuleIdentifiers.CapAboveModelLimit, TokenValueFixer.LowerToModelLimitKey)
        .WithSource(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(GoogleAI ai, string text)
                    => ai.GenerativeModel(Model.Gemini20Flash, new GenerationConfig { MaxOutputTokens = [|20000|] }).GenerateContent(text);
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(GoogleAI ai, string text)
                    => ai.GenerativeModel(Model.Gemini20Flash, new GenerationConfig { MaxOutputTokens = 8192 }).GenerateContent(text);
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapNotPositive_OrSmallOnAThinkingModel_Reported() => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(TestSdks.MsccGenerativeAI)
        .WithSource(Usings + """
            class C
            {
                async Task M(GoogleAI ai, string text)
                {
                    await ai.GenerativeModel(Model.Gemini20Flash, new GenerationConfig { MaxOutputTokens = {|LLM0006:0|} }).GenerateContent(text, null);
                    await ai.GenerativeModel(Model.Gemini25Flash).StartChat().SendMessage(text, new GenerationConfig { MaxOutputTokens = {|LLM0011:256|} });
                    await ai.GenerativeModel(Model.Gemini25Flash).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 256, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 0 } });
                    await ai.GenerativeModel(Model.Gemini20Flash).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 256 });
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task CapAboveCeiling_Reported() => Create(RuleIdentifiers.CapAboveCeiling)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 4000")
        .WithSource(Usings + """
            class C
            {
                async Task M(GoogleAI ai, string text)
                {
                    await ai.GenerativeModel(Model.Gemini25Pro, new GenerationConfig { MaxOutputTokens = [|8000|] }).GenerateContent(text);
                    await ai.GenerativeModel(Model.Gemini25Pro, new GenerationConfig { MaxOutputTokens = 4000 }).GenerateContent(text);
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudget_OutsideTheRangeOrNotBelowTheCap_Reported() => Create(RuleIdentifiers.ThinkingBudgetUnusable)
        .WithSource(Usings + """
            class C
            {
                async Task M(GoogleAI ai, string text)
                {
                    await ai.GenerativeModel(Model.Gemini25Pro).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 8000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|100|] } });
                    var config = new GenerationConfig { MaxOutputTokens = 1024, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|8192|] } };
                    await ai.GenerativeModel(Model.Gemini25Pro, config).GenerateContent(text);
                    await ai.GenerativeModel(Model.Gemini25Flash).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 8000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 0 } });
                    await ai.GenerativeModel(Model.Gemini25Pro).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 8000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 4000 } });
                }
            }
            """)
        .ExpectMessage("ThinkingBudget 100 is outside the 128–32768 range of 'gemini-2.5-pro'")
        .ExpectMessage("ThinkingBudget 8192 is not below MaxOutputTokens 1024: thinking tokens count toward that limit")
        .ValidateAsync();

    [Fact]
    public Task ThinkingBudget_Fix_SetsTheNearestBound() => Fix<TokenValueFixer>(RuleIdentifiers.ThinkingBudgetUnusable, TokenValueFixer.SetBudgetKey)
        .WithSource(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(GoogleAI ai, string text)
                    => ai.GenerativeModel(Model.Gemini25Pro).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 8000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = [|100|] } });
            }
            """)
        .ShouldFixTo(Usings + """
            class C
            {
                Task<GenerateContentResponse> M(GoogleAI ai, string text)
                    => ai.GenerativeModel(Model.Gemini25Pro).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 8000, ThinkingConfig = new ThinkingConfig { ThinkingBudget = 128 } });
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task StopSequences_UnsafeOrTooMany_OnTheModelOrTheCall_Reported() => Create(RuleIdentifiers.TooManyStopSequences)
        .WithSource(Usings + """
            class C
            {
                async Task M(GoogleAI ai, string text)
                {
                    var config = new GenerationConfig { MaxOutputTokens = 2048, StopSequences = ["<a>", "<b>", "<c>", "<d>", "<e>", "<f>"] };
                    await ai.GenerativeModel(Model.Gemini25Flash, config).[|GenerateContent|](text);
                    await ai.GenerativeModel(Model.Gemini25Flash).GenerateContent(text, new GenerationConfig { MaxOutputTokens = 2048, StopSequences = [{|LLM0004:"\n\t"|}, "<a>", "<b>", "<c>", "<d>"] });
                }
            }
            """)
        .ExpectMessage("'GenerationConfig.StopSequences' has 6 stop sequences; Gemini accepts at most 5")
        .ValidateAsync();
}
