using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;

namespace LlmAnalyzers.Tests.Sdks;

/// <summary>OllamaSharp 5.x (TestSdks.OllamaSharp). Every request streams.</summary>
public sealed class OllamaSharpTests
{
    private const string Usings = """
        using System;
        using System.Text;
        using System.Threading.Tasks;
        using OllamaSharp;
        using OllamaSharp.Models;
        using OllamaSharp.Models.Chat;

        """;

    private static Verifier Create(string rule) => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithSdks(TestSdks.OllamaSharp)
        .WithRule(rule);

    /// <summary>A method of a class with a client field; <paramref name="body"/> sees <c>_ollama</c>, <c>text</c> and <c>request</c>.</summary>
    private static string Code(string body) => Usings + $$"""
        class C
        {
            private readonly IOllamaApiClient _ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.1:8b");

            async Task<string> M(string text, ChatRequest request)
            {
                var builder = new StringBuilder();
        {{body}}
                return builder.ToString();
            }
        }
        """;

    /// <summary>A checked chat over a request whose options are <paramref name="options"/>.</summary>
    private static string Chat(string options) => Code($$"""
                var chat = new ChatRequest { Messages = [new Message(ChatRole.User, text)], Options = {{options}} };
                await foreach (var chunk in _ollama.ChatAsync(chat))
                {
                    builder.Append(chunk?.Message.Content);
                    if (chunk is ChatDoneResponseStream { DoneReason: "length" })
                        throw new InvalidOperationException();
                }
        """);

    // ---- LLM0001 ----

    [Fact]
    public Task RequestWithoutOptions_Reported_NoFix() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithSource(Code("""
                    var chat = new ChatRequest { Model = "llama3.1:8b", Messages = [new Message(ChatRole.User, text)] };
                    await foreach (var chunk in _ollama.[|ChatAsync|](chat))
                    {
                        if (chunk is ChatDoneResponseStream done && done.DoneReason == "length")
                            throw new InvalidOperationException();
                        builder.Append(chunk?.Message.Content);
                    }
            """))
        .ExpectMessage("'ChatAsync' is called without 'ChatRequest.Options.NumPredict'; Ollama then applies its server default (128 tokens on older releases, no limit on newer ones), so answers are cut short or unbounded")
        .ShouldFixTo(Code("""
                    var chat = new ChatRequest { Model = "llama3.1:8b", Messages = [new Message(ChatRole.User, text)] };
                    await foreach (var chunk in _ollama.[|ChatAsync|](chat))
                    {
                        if (chunk is ChatDoneResponseStream done && done.DoneReason == "length")
                            throw new InvalidOperationException();
                        builder.Append(chunk?.Message.Content);
                    }
            """))
        .ValidateAsync();

    [Fact]
    public Task OptionsWithoutNumPredict_Reported_FixSetsIt() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithCodeFixKey(MaxOutputTokensFixer.SetMaxOutputTokensKey)
        .WithSource(Code("""
                    var generate = new GenerateRequest { Prompt = text, Options = new RequestOptions { Temperature = 0.2f } };
                    await foreach (var chunk in _ollama.[|GenerateAsync|](generate))
                    {
                        builder.Append(chunk?.Response);
                        if (chunk is GenerateDoneResponseStream { DoneReason: "length" })
                            throw new InvalidOperationException();
                    }
            """))
        .ExpectMessage("'GenerateAsync' is called without 'RequestOptions.NumPredict'; Ollama then applies its server default (128 tokens on older releases, no limit on newer ones), so answers are cut short or unbounded")
        .ShouldFixTo(Code("""
                    var generate = new GenerateRequest { Prompt = text, Options = new RequestOptions { Temperature = 0.2f, NumPredict = 1024 } };
                    await foreach (var chunk in _ollama.GenerateAsync(generate))
                    {
                        builder.Append(chunk?.Response);
                        if (chunk is GenerateDoneResponseStream { DoneReason: "length" })
                            throw new InvalidOperationException();
                    }
            """))
        .ValidateAsync();

    [Fact]
    public Task PromptOverload_CannotSetTheCap() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Code("""
                    await foreach (var chunk in _ollama.[|GenerateAsync|](text))
                        builder.Append(chunk?.Response);
            """))
        .ExpectMessage("'GenerateAsync' is called without 'GenerateRequest.Options.NumPredict'; this overload cannot set it, call the overload that takes a 'GenerateRequest'")
        .ValidateAsync();

    [Theory]
    [InlineData("new RequestOptions { NumPredict = 512 }")]
    [InlineData("new RequestOptions { NumPredict = -1 }")]
    [InlineData("request.Options")]
    public Task NumPredictSetOrUnseen_Silent(string options) => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Chat(options))
        .ValidateAsync();

    [Fact]
    public Task RequestFromParameter_Silent() => Create(RuleIdentifiers.MissingMaxOutputTokens)
        .WithSource(Code("""
                    await foreach (var chunk in _ollama.ChatAsync(request))
                        builder.Append(chunk?.Message.Content);
            """))
        .ValidateAsync();

    // ---- LLM0002 and the guard ----

    [Fact]
    public Task ChatStreamUnchecked_Reported_GuardRecordsTheDoneReason() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code("""
                    await foreach (var chunk in _ollama.[|ChatAsync|](request))
                        builder.Append(chunk?.Message.Content);
            """))
        .ExpectMessage("The response of 'ChatAsync' is used without checking 'ChatDoneResponseStream.DoneReason'; a truncated answer ('length') would pass as complete")
        .ShouldFixTo(Code("""
                    string? doneReason = null;
                    await foreach (var chunk in _ollama.ChatAsync(request))
                    {
                        if (chunk is ChatDoneResponseStream done) doneReason = done.DoneReason;
                        builder.Append(chunk?.Message.Content);
                    }

                    if (doneReason == "length")
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (finish reason \"length\"); the response is incomplete.");
                    }

            """))
        .ValidateAsync();

    [Fact]
    public Task GenerateStreamUnchecked_Reported_GuardRecordsTheDoneReason() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(Code("""
                    var done = false;
                    await foreach (GenerateResponseStream? chunk in _ollama.[|GenerateAsync|](new GenerateRequest { Prompt = text, Options = new RequestOptions { NumPredict = 256 } }))
                    {
                        builder.Append(chunk?.Response);
                        done |= chunk?.Done == true;
                    }
            """))
        .ShouldFixTo(Code("""
                    var done = false;
                    string? doneReason = null;
                    await foreach (GenerateResponseStream? chunk in _ollama.GenerateAsync(new GenerateRequest { Prompt = text, Options = new RequestOptions { NumPredict = 256 } }))
                    {
                        if (chunk is GenerateDoneResponseStream done2) doneReason = done2.DoneReason;
                        builder.Append(chunk?.Response);
                        done |= chunk?.Done == true;
                    }

                    if (doneReason == "length")
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (finish reason \"length\"); the response is incomplete.");
                    }

            """))
        .ValidateAsync();

    [Fact]
    public Task DoneReasonRecordedAndChecked_Silent() => Create(RuleIdentifiers.UncheckedFinishReason)
        .WithSource(Code("""
                    string? reason = null;
                    await foreach (var chunk in _ollama.ChatAsync(request))
                    {
                        builder.Append(chunk?.Message.Content);
                        if (chunk is ChatDoneResponseStream done)
                            reason = done.DoneReason;
                    }

                    if (reason == "length")
                        return "";
            """))
        .ValidateAsync();

    // ---- Value rules ----

    [Fact]
    public Task CapAboveConfiguredModelLimit_LLM0003() => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithEditorConfig("llm_analyzers.model_output_caps = llama3.1:8b:4096")
        .WithSource(Chat("new RequestOptions { NumPredict = [|8192|] }"))
        .ExpectMessage("Options.NumPredict 8192 exceeds the 4096-token output limit of 'llama3.1:8b'")
        .ValidateAsync();

    [Theory]
    [InlineData("llm_analyzers.model_output_caps = llama3.1:8b:16384")]
    [InlineData("llm_analyzers.model_output_caps = qwen3:4096")]
    public Task CapWithinLimitOrModelUnknown_Silent(string config) => Create(RuleIdentifiers.CapAboveModelLimit)
        .WithEditorConfig(config)
        .WithSource(Chat("new RequestOptions { NumPredict = 8192 }"))
        .ValidateAsync();

    [Fact]
    public Task ZeroNumPredict_LLM0006() => Create(RuleIdentifiers.CapBelowMinimum)
        .WithSource(Chat("new RequestOptions { NumPredict = [|0|] }"))
        .ExpectMessage("Options.NumPredict 0 is not positive; the API rejects the request")
        .ValidateAsync();

    [Theory]
    [InlineData("-1")]
    [InlineData("-2")]
    public Task SpecialNumPredict_Silent(string value) => Create(RuleIdentifiers.CapBelowMinimum)
        .WithSource(Chat($"new RequestOptions {{ NumPredict = {value} }}"))
        .ValidateAsync();

    [Fact]
    public Task CapAboveCeiling_LLM0010() => Create(RuleIdentifiers.CapAboveCeiling)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 2000")
        .WithSource(Chat("new RequestOptions { NumPredict = [|4000|] }"))
        .ValidateAsync();

    [Fact]
    public Task CapBelowCeiling_Silent() => Create(RuleIdentifiers.CapAboveCeiling)
        .WithEditorConfig("llm_analyzers.max_output_tokens_ceiling = 2000")
        .WithSource(Chat("new RequestOptions { NumPredict = 1000 }"))
        .ValidateAsync();

    /// <summary>A checked chat whose request also sets <paramref name="members"/>.</summary>
    private static string ChatWith(string members) => Code($$"""
                var chat = new ChatRequest { Messages = [new Message(ChatRole.User, text)], {{members}} };
                await foreach (var chunk in _ollama.ChatAsync(chat))
                {
                    builder.Append(chunk?.Message.Content);
                    if (chunk is ChatDoneResponseStream { DoneReason: "length" })
                        throw new InvalidOperationException();
                }
        """);

    [Theory]
    [InlineData("Think = true")]
    [InlineData("Think = ThinkValue.High")]
    public Task SmallCapWithThinking_LLM0011(string think) => Create(RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(ChatWith($"{think}, Options = new RequestOptions {{ NumPredict = [|256|] }}"))
        .ExpectMessage("Options.NumPredict 256 is below 1024 tokens for a request with reasoning turned on: reasoning tokens count toward the limit and the visible answer can come back empty")
        .ValidateAsync();

    [Theory]
    [InlineData("Think = false, Options = new RequestOptions { NumPredict = 256 }")]
    [InlineData("Options = new RequestOptions { NumPredict = 256 }")]
    [InlineData("Think = true, Options = new RequestOptions { NumPredict = 2048 }")]
    public Task ThinkingOffOrCapLargeEnough_Silent(string members) => Create(RuleIdentifiers.ReasoningCapTooSmall)
        .WithSource(ChatWith(members))
        .ValidateAsync();

    [Fact]
    public Task CommonStop_LLM0004() => Create(RuleIdentifiers.UnsafeStopSequence)
        .WithSource(Chat("""new RequestOptions { NumPredict = 500, Stop = [[|"."|], "</json>"] }"""))
        .ValidateAsync();

    [Fact]
    public Task NewlineAndDistinctiveStops_Silent() => Create(RuleIdentifiers.UnsafeStopSequence)
        .WithSource(Chat("""new RequestOptions { NumPredict = 500, Stop = ["\n\n", "</json>"] }"""))
        .ValidateAsync();
}
