using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>
/// Betalgo 9.x (Betalgo.Ranul.OpenAI) and 8.x (namespaces and assembly "OpenAI"), sdk-surface.md §i: each test runs on both,
/// with ROOT standing for the root namespace. No thinking budget (LLM0007) and no SDK refusal (LLM0009) exist here.
/// </summary>
public sealed class BetalgoTests
{
    public static TheoryData<TestSdks, string> Versions() => new()
    {
        { TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI" },
        { TestSdks.BetalgoOpenAI8, "OpenAI" },
    };

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using ROOT.Interfaces;
        using ROOT.ObjectModels;
        using ROOT.ObjectModels.RequestModels;
        using ROOT.ObjectModels.ResponseModels;

        """;

    private static Verifier Create(TestSdks sdk) => new Verifier().WithAnalyzer<LlmRequestAnalyzer>().WithSdks(sdk);

    private static string Code(string root, string body) => (Usings + body).Replace("ROOT", root);

    // ---- LLM0003 and the other value rules name the alternative the code set ----

    [Theory]
    [MemberData(nameof(Versions))]
    public Task CapAboveModelLimit_NamesTheMemberSet(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Code(root, """
            class C
            {
                async Task M(IChatCompletionService chat)
                {
                    var legacy = await chat.CreateCompletion(new ChatCompletionCreateRequest { Model = "gpt-4o", MaxTokens = {|LLM0003:50000|} });
                    var current = await chat.CreateCompletion(new ChatCompletionCreateRequest { Model = "gpt-4o", MaxCompletionTokens = {|LLM0003:60000|} });
                }
            }
            """))
        .ExpectMessage("MaxTokens 50000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ExpectMessage("MaxCompletionTokens 60000 exceeds the 16384-token output limit of 'gpt-4o'")
        .ValidateAsync();

    /// <summary>A method that sends <paramref name="request"/> and checks the finish reason.</summary>
    private static string Send(string root, string request, string call = "CreateCompletion", string extra = "") => Code(root, $$"""
        class C
        {
            async Task<string?> M(IChatCompletionService chat)
            {
                var request = {{request}};
                var result = await chat.{{call}}(request{{extra}});
                return result.Choices[0].FinishReason == "length" ? null : result.Choices[0].Message.Content;
            }
        }
        """);

    // ---- LLM0001 ----

    [Theory]
    [MemberData(nameof(Versions))]
    public Task MissingCap_ReportedAndFixedWithMaxCompletionTokens(TestSdks sdk, string root) => Create(sdk)
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Send(root, """new ChatCompletionCreateRequest { Messages = [ChatMessage.FromUser("hi")] }""", "{|LLM0001:CreateCompletion|}"))
        .ExpectMessage("'CreateCompletion' is called without 'ChatCompletionCreateRequest.MaxCompletionTokens'; the response length and cost are unbounded")
        .ShouldFixTo(Send(root, """new ChatCompletionCreateRequest { Messages = [ChatMessage.FromUser("hi")], MaxCompletionTokens = 1024 }"""))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task EitherCapMember_Silent(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Code(root, """
            class C
            {
                async Task M(IChatCompletionService chat)
                {
                    var a = await chat.CreateCompletion(new ChatCompletionCreateRequest { MaxTokens = 300 });
                    var b = await chat.CreateCompletion(new ChatCompletionCreateRequest { MaxCompletionTokens = 300 });
                    var request = new ChatCompletionCreateRequest();
                    request.MaxTokens = 300;
                    var c = await chat.CreateCompletion(request);
                    Console.WriteLine(a.Choices[0].FinishReason + b.Choices[0].FinishReason + c.Choices[0].FinishReason);
                }
            }
            """))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task LegacyCompletions_MissingCap_SaysTheDefaultIs16(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Code(root, """
            class C
            {
                async Task<string> M(ICompletionService completions, string prompt)
                {
                    var result = await completions.{|LLM0001:CreateCompletion|}(new CompletionCreateRequest { Prompt = prompt });
                    return result.Choices[0].FinishReason == "length" ? "" : result.Choices[0].Text;
                }
            }
            """))
        .ExpectMessage("'CreateCompletion' is called without 'CompletionCreateRequest.MaxTokens'; the legacy completions API then stops after 16 tokens")
        .ValidateAsync();

    // ---- LLM0002 / LLM0008 and the guard fix ----

    [Theory]
    [MemberData(nameof(Versions))]
    public Task UncheckedResponse_GuardFixCompiles(TestSdks sdk, string root) => Create(sdk)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code(root, """
            class C
            {
                async Task<string?> M(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var result = await chat.{|LLM0002:CreateCompletion|}(request);
                    return result.Choices[0].Message.Content;
                }
            }
            """))
        .ExpectMessage("The response of 'CreateCompletion' is used without checking 'ChatChoiceResponse.FinishReason'; a truncated answer ('length') would pass as complete")
        .ShouldFixTo(Code(root, """
            class C
            {
                async Task<string?> M(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var result = await chat.CreateCompletion(request);
                    if (result.Choices?.Count > 0 && result.Choices[0].FinishReason == "length")
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (finish reason \"length\"); the response is incomplete.");
                    }

                    return result.Choices[0].Message.Content;
                }
            }
            """))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task UncheckedStream_GuardFixCompiles(TestSdks sdk, string root) => Create(sdk)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code(root, """
            class C
            {
                async Task<string> M(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var builder = new StringBuilder();
                    await foreach (var chunk in chat.{|LLM0002:CreateCompletionAsStream|}(request))
                        builder.Append(chunk.Choices.FirstOrDefault()?.Delta.Content);
                    return builder.ToString();
                }
            }
            """))
        .ShouldFixTo(Code(root, """
            class C
            {
                async Task<string> M(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var builder = new StringBuilder();
                    string? finishReason = null;
                    await foreach (var chunk in chat.CreateCompletionAsStream(request))
                    {
                        if (chunk.Choices?.Count > 0) finishReason = chunk.Choices[0].FinishReason ?? finishReason;
                        builder.Append(chunk.Choices.FirstOrDefault()?.Delta.Content);
                    }

                    if (finishReason == "length")
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (finish reason \"length\"); the response is incomplete.");
                    }

                    return builder.ToString();
                }
            }
            """))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task FinishReasonReadOnAChoice_Silent(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Code(root, """
            class C
            {
                async Task<string?> M(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var result = await chat.CreateCompletion(request);
                    var choice = result.Choices.First();
                    if (choice.FinishReason != "stop")
                        return null;
                    await foreach (var chunk in chat.CreateCompletionAsStream(request))
                    {
                        var part = chunk.Choices.FirstOrDefault();
                        Console.Write(part?.Delta.Content);
                        if (part?.FinishReason is "length")
                            throw new InvalidOperationException();
                    }

                    return choice.Message.Content;
                }
            }
            """))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task ChoicesHandedOnWhole_Silent(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Code(root, """
            class C
            {
                async Task<List<ROOT.ObjectModels.SharedModels.ChatChoiceResponse>> All(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var result = await chat.CreateCompletion(request);
                    return result.Choices;
                }

                async Task<string?> First(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var result = await chat.CreateCompletion(request);
                    return Read(result.Choices[0]);
                }

                async Task Stream(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    await foreach (var chunk in chat.CreateCompletionAsStream(request))
                        Console.Write(Read(chunk.Choices[0]));
                }

                static string? Read(ROOT.ObjectModels.SharedModels.ChatChoiceResponse choice) => choice.FinishReason == "length" ? null : choice.Message.Content;
            }
            """))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task ContentReadThroughALocalChoice_Reported(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Code(root, """
            class C
            {
                async Task<string?> M(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var result = await chat.{|LLM0002:CreateCompletion|}(request);
                    var choice = result.Choices.First();
                    return choice.Message.Content;
                }
            }
            """))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task ParsedWithoutCheck_LLM0008(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Code(root, """
            record Recipe(string Name);

            class C
            {
                async Task<Recipe?> M(IChatCompletionService chat, ChatCompletionCreateRequest request)
                {
                    var result = await chat.{|LLM0008:CreateCompletion|}(request);
                    return JsonSerializer.Deserialize<Recipe>(result.Choices[0].Message.Content!);
                }
            }
            """))
        .ValidateAsync();

    // ---- Model-dependent rules: the modelId argument, else the request's Model ----

    [Theory]
    [MemberData(nameof(Versions))]
    public Task CapAboveLimit_ReportedAndLowered(TestSdks sdk, string root) => Create(sdk)
        .WithCodeFix<TokenValueFixer>()
        .WithCodeFixKey(TokenValueFixer.LowerToModelLimitKey)
        .WithSource(Send(root, """new ChatCompletionCreateRequest { Model = "gpt-4o", MaxTokens = {|LLM0003:20000|} }"""))
        .ShouldFixTo(Send(root, """new ChatCompletionCreateRequest { Model = "gpt-4o", MaxTokens = 16384 }"""))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task ModelIdArgument_WinsOverTheRequest(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Send(root, """new ChatCompletionCreateRequest { Model = "o3", MaxCompletionTokens = {|LLM0003:20000|} }""", extra: ", \"gpt-4o-mini\""))
        .ExpectMessage("MaxCompletionTokens 20000 exceeds the 16384-token output limit of 'gpt-4o-mini'")
        .ValidateAsync();

    [Theory]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI", "Models.Gpt_4o")]
    [InlineData(TestSdks.BetalgoOpenAI8, "OpenAI", "Models.Gpt_4o")]
    [InlineData(TestSdks.BetalgoRanulOpenAI, "Betalgo.Ranul.OpenAI", "model")]
    public Task CapAboveLimit_ModelNotAConstant_Silent(TestSdks sdk, string root, string model) => Create(sdk)
        .WithSource(Code(root, $$"""
            class C
            {
                async Task M(IChatCompletionService chat, string model)
                {
                    var result = await chat.CreateCompletion(new ChatCompletionCreateRequest { Model = {{model}}, MaxTokens = 1000000 });
                    var viaEnum = await chat.Create(new ChatCompletionCreateRequest { Model = "gpt-4o", MaxTokens = 1000000 }, Models.Model.Gpt_4o);
                    Console.WriteLine(result.Choices[0].FinishReason + viaEnum.Choices[0].FinishReason);
                }
            }
            """))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task SmallCap_ReasoningModel_Reported(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Send(root, """new ChatCompletionCreateRequest { Model = "o3-mini", MaxCompletionTokens = {|LLM0011:500|} }"""))
        .ExpectMessage("MaxCompletionTokens 500 is below 1024 tokens for reasoning model 'o3-mini': reasoning tokens count toward the limit and the visible answer can come back empty")
        .ValidateAsync();

    [Fact]
    public Task SmallCap_ReasoningEffortSet_Reported() => Create(TestSdks.BetalgoRanulOpenAI)
        .WithSource(Send("Betalgo.Ranul.OpenAI", """new ChatCompletionCreateRequest { MaxCompletionTokens = {|LLM0011:500|}, ReasoningEffort = Betalgo.Ranul.OpenAI.Contracts.Enums.ReasoningEffort.Low }"""))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task Stops_ModelThatRejectsThem_Reported(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Send(root, """new ChatCompletionCreateRequest { Model = "o3", MaxCompletionTokens = 4000, StopAsList = ["###"] }""", "{|LLM0012:CreateCompletion|}"))
        .ValidateAsync();

    // ---- Value rules ----

    [Theory]
    [MemberData(nameof(Versions))]
    public Task StopAsList_UnsafeAndTooMany_Reported(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Send(root, """new ChatCompletionCreateRequest { MaxTokens = 300, StopAsList = [{|LLM0004:"\n\t"|}, "<1>", "<2>", "<3>", "<4>"] }""", "{|LLM0005:CreateCompletion|}"))
        .ExpectMessage("Stop sequence \"\\n\\t\" contains only whitespace, which occurs in normal output and ends the answer early")
        .ExpectMessage("'ChatCompletionCreateRequest.StopAsList' has 5 stop sequences; OpenAI accepts at most 4")
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task StopAsList_FourSafe_Silent(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Send(root, """new ChatCompletionCreateRequest { MaxTokens = 300, StopAsList = ["<1>", "<2>", "<3>", "\n\n"] }"""))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task CapNotPositive_Reported(TestSdks sdk, string root) => Create(sdk)
        .WithSource(Send(root, """new ChatCompletionCreateRequest { MaxCompletionTokens = {|LLM0006:0|} }"""))
        .ExpectMessage("MaxCompletionTokens 0 is not positive; the API rejects the request")
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task CapAboveCeiling_Reported(TestSdks sdk, string root) => Create(sdk)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 1000")
        .WithSource(Send(root, """new ChatCompletionCreateRequest { MaxTokens = {|LLM0010:1500|} }"""))
        .ValidateAsync();

    // ---- Betalgo 8.x shares the official SDK's assembly name: the official descriptors must not claim its types ----

    [Fact]
    public Task Betalgo8_OfficialOpenAIPatterns_DoNotApply() => Create(TestSdks.BetalgoOpenAI8)
        .WithSource(Code("OpenAI", """
            class C
            {
                async Task<string?> M(ROOT.Interfaces.IOpenAIService service)
                {
                    var result = await service.ChatCompletion.{|LLM0001:{|LLM0002:CreateCompletion|}|}(new ChatCompletionCreateRequest());
                    return result.Choices[0].Message.Content;
                }
            }
            """))
        .ValidateAsync();

    [Theory]
    [MemberData(nameof(Versions))]
    public Task ValueAndModelRules_WithinLimits_Silent(TestSdks sdk, string root) => Create(sdk)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 8000")
        .WithSource(Code(root, """
            record Recipe(string Name);

            class C
            {
                async Task<Recipe?> M(IChatCompletionService chat)
                {
                    await chat.CreateCompletion(new ChatCompletionCreateRequest { Model = "gpt-4o", MaxTokens = 4000, StopAsList = ["###"] });
                    var result = await chat.CreateCompletion(new ChatCompletionCreateRequest { Model = "o3-mini", MaxCompletionTokens = 4000 });
                    if (result.Choices[0].FinishReason != "stop")
                        return null;
                    return JsonSerializer.Deserialize<Recipe>(result.Choices[0].Message.Content!);
                }
            }
            """))
        .ValidateAsync();
}
