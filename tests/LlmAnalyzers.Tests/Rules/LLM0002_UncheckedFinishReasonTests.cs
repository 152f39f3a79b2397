using System.Linq;
using System.Threading.Tasks;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Rules;

[Trait("Rule", "LLM0002")]
public sealed class LLM0002_UncheckedFinishReasonTests
{
    private static Verifier Create() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<FinishReasonGuardFixer>()
        .WithRule(RuleIdentifiers.UncheckedFinishReason)
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey);

    private const string OpenAIUsings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using OpenAI.Chat;

        """;

    private const string ResponsesUsings = """
        using System;
        using System.Threading.Tasks;
        using OpenAI.Responses;

        """;

    private const string AiUsings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        """;

    private const string AnthropicUsings = """
        using System;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;

        """;

    // ---- OpenAI chat ----

    // A 300-term '+' chain nests its first term 300 operations deep, past the depth where body walks stop recursing.
    private static readonly string DeepTail = string.Concat(Enumerable.Repeat(" + \"x\"", 300));

    [Fact]
    public Task OpenAIChat_FinishReasonReadDeepInAnExpression_Silent() => Create()
        .WithSource(OpenAIUsings + $$"""
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = await client.CompleteChatAsync(messages, options);
                    var log = completion.FinishReason.ToString(){{DeepTail}};
                    return completion.Content[0].Text + log;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_ContentReadOnlyDeepInAnExpression_Reported() => Create()
        .WithSource(OpenAIUsings + $$"""
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = await client.[|CompleteChatAsync|](messages, options);
                    return completion.Content[0].Text{{DeepTail}};
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_ImplicitConversionLocal_ContentReturned_FixGuardsAfterTheDeclaration() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = await client.[|CompleteChatAsync|](messages, options);
                    return completion.Content[0].Text;
                }
            }
            """)
        .ExpectMessage("The response of 'CompleteChatAsync' is used without checking 'ChatCompletion.FinishReason'; a truncated answer ('Length') would pass as complete")
        .ShouldFixTo(OpenAIUsings + """
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = await client.CompleteChatAsync(messages, options);
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
    public Task OpenAIChat_ClientResultLocal_FixReadsThroughValue() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                string M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var result = client.[|CompleteChat|](messages, options);
                    var text = result.Value.Content[0].Text;
                    return text;
                }
            }
            """)
        .ShouldFixTo(OpenAIUsings + """
            class C
            {
                string M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var result = client.CompleteChat(messages, options);
                    if (result.Value.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    var text = result.Value.Content[0].Text;
                    return text;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_NoLocal_FixIntroducesOne() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var text = (await client.[|CompleteChatAsync|](messages, options)).Value.Content[0].Text;
                    return text.Trim();
                }
            }
            """)
        .ShouldFixTo(OpenAIUsings + """
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var chatCompletion = (await client.CompleteChatAsync(messages, options)).Value;
                    if (chatCompletion.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    var text = chatCompletion.Content[0].Text;
                    return text.Trim();
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_ReturnedWithoutLocal_FixIntroducesTypedLocal() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                string M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    return client.[|CompleteChat|](messages, options).Value.ToolCalls.Count.ToString();
                }
            }
            """)
        .ShouldFixTo(OpenAIUsings + """
            class C
            {
                string M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var chatCompletion = client.CompleteChat(messages, options).Value;
                    if (chatCompletion.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return chatCompletion.ToolCalls.Count.ToString();
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("if (completion.FinishReason != ChatFinishReason.Stop) throw new InvalidOperationException();")]
    [InlineData("var ok = completion.FinishReason switch { ChatFinishReason.Length => false, _ => true };")]
    [InlineData("if (completion is { FinishReason: ChatFinishReason.Length }) return \"\";")]
    [InlineData("Console.WriteLine(completion.FinishReason);")]
    [InlineData("Log(completion.FinishReason);")]
    public Task OpenAIChat_FinishReasonRead_Silent(string check) => Create()
        .WithSource(OpenAIUsings + $$"""
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = await client.CompleteChatAsync(messages, options);
                    {{check}}
                    return completion.Content[0].Text;
                }

                static void Log(object value) { }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("return completion;")]
    [InlineData("Store(completion); return null;")]
    [InlineData("_last = completion; return null;")]
    [InlineData("var copy = completion; return copy;")]
    [InlineData("Func<string> f = () => completion.Content[0].Text; return null;")]
    public Task OpenAIChat_WholeResponseLeaves_Silent(string use) => Create()
        .WithSource(OpenAIUsings + $$"""
            class C
            {
                private ChatCompletion? _last;

                async Task<object?> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion completion = await client.CompleteChatAsync(messages, options);
                    var first = completion.Content[0].Text;
                    {{use}}
                }

                static void Store(ChatCompletion c) { }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("return client.CompleteChat(messages, options);")]
    [InlineData("return client.CompleteChat(messages, options).Value;")]
    [InlineData("Use(client.CompleteChat(messages, options)); return null!;")]
    [InlineData("client.CompleteChat(messages, options); return null!;")]
    [InlineData("var c = client.CompleteChat(messages, options).Value; Console.WriteLine(c.Usage.OutputTokenCount); return null!;")]
    public Task OpenAIChat_ResponseNotConsumedHere_Silent(string body) => Create()
        .WithSource(OpenAIUsings + $$"""
            class C
            {
                object M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    {{body}}
                }

                static void Use(ChatCompletion c) { }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_ContentPassedOn_Reported() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                private string? _text;

                async Task M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    ChatCompletion a = await client.[|CompleteChatAsync|](messages, options);
                    Show(a.Content[0].Text);
                    ChatCompletion b = await client.[|CompleteChatAsync|](messages, options);
                    _text = b.Refusal;
                }

                static void Show(string text) { }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_Streaming_FixRecordsTheLastFinishReason() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var text = "";
                    await foreach (var update in client.[|CompleteChatStreamingAsync|](messages, options))
                    {
                        foreach (var part in update.ContentUpdate)
                            text += part.Text;
                    }

                    return text;
                }
            }
            """)
        .ExpectMessage("The response of 'CompleteChatStreamingAsync' is used without checking 'StreamingChatCompletionUpdate.FinishReason'; a truncated answer ('Length') would pass as complete")
        .ShouldFixTo(OpenAIUsings + """
            class C
            {
                async Task<string> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var text = "";
                    ChatFinishReason? finishReason = null;
                    await foreach (var update in client.CompleteChatStreamingAsync(messages, options))
                    {
                        finishReason = update.FinishReason ?? finishReason;
                        foreach (var part in update.ContentUpdate)
                            text += part.Text;
                    }

                    if (finishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return text;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_StreamingSyncThroughLocal_LoopBodyWithoutBraces() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var updates = client.[|CompleteChatStreaming|](messages, options);
                    foreach (var update in updates)
                        Console.Write(update.ContentUpdate.FirstOrDefault()?.Text);
                }
            }
            """)
        .ShouldFixTo(OpenAIUsings + """
            class C
            {
                void M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var updates = client.CompleteChatStreaming(messages, options);
                    ChatFinishReason? finishReason = null;
                    foreach (var update in updates)
                    {
                        finishReason = update.FinishReason ?? finishReason;
                        Console.Write(update.ContentUpdate.FirstOrDefault()?.Text);
                    }

                    if (finishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("if (update.FinishReason == ChatFinishReason.Length) throw new InvalidOperationException();")]
    [InlineData("last = update.FinishReason ?? last;")]
    [InlineData("updates.Add(update);")]
    public Task OpenAIChat_Streaming_CheckedOrUpdateLeaves_Silent(string statement) => Create()
        .WithSource(OpenAIUsings + $$"""
            class C
            {
                async Task M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options, List<StreamingChatCompletionUpdate> updates)
                {
                    ChatFinishReason? last = null;
                    await foreach (var update in client.CompleteChatStreamingAsync(messages, options))
                    {
                        Console.Write(update.ContentUpdate.Count);
                        {{statement}}
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task OpenAIChat_StreamReturned_Silent() => Create()
        .WithSource(OpenAIUsings + """
            class C
            {
                System.ClientModel.AsyncCollectionResult<StreamingChatCompletionUpdate> M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                    => client.CompleteChatStreamingAsync(messages, options);

                async IAsyncEnumerable<StreamingChatCompletionUpdate> N(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    await foreach (var update in client.CompleteChatStreamingAsync(messages, options))
                        yield return update;
                }
            }
            """)
        .ValidateAsync();

    // ---- OpenAI Responses ----

    [Fact]
    public Task Responses_OutputTextUnchecked_FixComparesTheIncompleteReason() => Create()
        .WithSource(ResponsesUsings + """
            class C
            {
                async Task<string> M(ResponsesClient client, CreateResponseOptions options)
                {
                    ResponseResult response = await client.[|CreateResponseAsync|](options);
                    return response.GetOutputText();
                }
            }
            """)
        .ExpectMessage("The response of 'CreateResponseAsync' is used without checking 'ResponseResult.Status'; a truncated answer ('MaxOutputTokens') would pass as complete")
        .ShouldFixTo(ResponsesUsings + """
            class C
            {
                async Task<string> M(ResponsesClient client, CreateResponseOptions options)
                {
                    ResponseResult response = await client.CreateResponseAsync(options);
                    if (response.IncompleteStatusDetails?.Reason == ResponseIncompleteStatusReason.MaxOutputTokens)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ResponseIncompleteStatusReason.MaxOutputTokens); the response is incomplete.");
                    }

                    return response.GetOutputText();
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("if (response.Status == ResponseStatus.Incomplete) return \"\";")]
    [InlineData("if (response.IncompleteStatusDetails is not null) return \"\";")]
    public Task Responses_StatusRead_Silent(string check) => Create()
        .WithSource(ResponsesUsings + $$"""
            class C
            {
                string M(ResponsesClient client, CreateResponseOptions options)
                {
                    var response = client.CreateResponse(options).Value;
                    {{check}}
                    return response.GetOutputText();
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Responses_Streaming_DeltasWithoutIncompleteCheck_FixRecordsTheIncompleteReason() => Create()
        .WithSource(ResponsesUsings + """
            class C
            {
                async Task M(ResponsesClient client, CreateResponseOptions options)
                {
                    await foreach (var update in await client.[|CreateResponseStreamingAsync|](options))
                    {
                        if (update is StreamingResponseOutputTextDeltaUpdate delta)
                            Console.Write(delta.Delta);
                    }
                }
            }
            """)
        .ShouldFixTo(ResponsesUsings + """
            class C
            {
                async Task M(ResponsesClient client, CreateResponseOptions options)
                {
                    ResponseIncompleteStatusReason? incompleteReason = null;
                    await foreach (var update in await client.CreateResponseStreamingAsync(options))
                    {
                        if (update is StreamingResponseIncompleteUpdate incomplete) incompleteReason = incomplete.Response?.IncompleteStatusDetails?.Reason;
                        if (update is StreamingResponseOutputTextDeltaUpdate delta)
                            Console.Write(delta.Delta);
                    }

                    if (incompleteReason == ResponseIncompleteStatusReason.MaxOutputTokens)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ResponseIncompleteStatusReason.MaxOutputTokens); the response is incomplete.");
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Responses_Streaming_IncompleteHandled_Silent() => Create()
        .WithSource(ResponsesUsings + """
            class C
            {
                async Task M(ResponsesClient client, CreateResponseOptions options)
                {
                    await foreach (var update in await client.CreateResponseStreamingAsync(options))
                    {
                        if (update is StreamingResponseOutputTextDeltaUpdate delta)
                            Console.Write(delta.Delta);
                        else if (update is StreamingResponseIncompleteUpdate)
                            throw new InvalidOperationException("cut off");
                    }
                }
            }
            """)
        .ValidateAsync();

    // ---- Microsoft.Extensions.AI ----

    [Fact]
    public Task ExtensionsAI_TextUnchecked_FixComparesTheStruct() => Create()
        .WithSource(AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.[|GetResponseAsync|]("hello", options);
                    return response.Text;
                }
            }
            """)
        .ExpectMessage("The response of 'GetResponseAsync' is used without checking 'ChatResponse.FinishReason'; a truncated answer ('Length') would pass as complete")
        .ShouldFixTo(AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.GetResponseAsync("hello", options);
                    if (response.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return response.Text;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_Streaming_FixRecordsTheStruct() => Create()
        .WithSource(AiUsings + """
            class C
            {
                async Task M(IChatClient client, List<ChatMessage> messages, ChatOptions options)
                {
                    await foreach (var update in client.[|GetStreamingResponseAsync|](messages, options))
                    {
                        Console.Write(update.Text);
                    }
                }
            }
            """)
        .ShouldFixTo(AiUsings + """
            class C
            {
                async Task M(IChatClient client, List<ChatMessage> messages, ChatOptions options)
                {
                    ChatFinishReason? finishReason = null;
                    await foreach (var update in client.GetStreamingResponseAsync(messages, options))
                    {
                        finishReason = update.FinishReason ?? finishReason;
                        Console.Write(update.Text);
                    }

                    if (finishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ExtensionsAI_AggregatedStream_IsAResponse() => Create()
        .WithSource(AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options)
                {
                    var response = await client.[|GetStreamingResponseAsync|]("hi", options).ToChatResponseAsync();
                    return response.Text;
                }

                async Task<string> N(IChatClient client, ChatOptions options)
                {
                    var response = await client.GetStreamingResponseAsync("hi", options).ToChatResponseAsync();
                    return response.FinishReason == ChatFinishReason.Length ? "" : response.Text;
                }
            }
            """)
        .ValidateAsync();

    // ---- Anthropic ----

    [Fact]
    public Task Anthropic_ContentUnchecked_FixUsesTheApiEnumValue() => Create()
        .WithSource(AnthropicUsings + """
            class C
            {
                async Task<int> M(AnthropicClient client, MessageCreateParams parameters)
                {
                    var message = await client.Messages.[|Create|](parameters);
                    return message.Content.Count;
                }
            }
            """)
        .ExpectMessage("The response of 'Create' is used without checking 'Message.StopReason'; a truncated answer ('MaxTokens' or 'ModelContextWindowExceeded') would pass as complete")
        .ShouldFixTo(AnthropicUsings + """
            class C
            {
                async Task<int> M(AnthropicClient client, MessageCreateParams parameters)
                {
                    var message = await client.Messages.Create(parameters);
                    if (message.StopReason?.Value() is StopReason.MaxTokens or StopReason.ModelContextWindowExceeded)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (StopReason.MaxTokens or StopReason.ModelContextWindowExceeded); the response is incomplete.");
                    }

                    return message.Content.Count;
                }
            }
            """)
        .ValidateAsync();

    [Theory]
    [InlineData("if (message.StopReason == StopReason.MaxTokens) return 0;")]
    [InlineData("if (message.StopReason == \"max_tokens\") return 0;")]
    [InlineData("StopReason reason = message.StopReason; Console.WriteLine(reason);")]
    public Task Anthropic_StopReasonRead_Silent(string check) => Create()
        .WithSource(AnthropicUsings + $$"""
            class C
            {
                async Task<int> M(AnthropicClient client, MessageCreateParams parameters)
                {
                    var message = await client.Messages.Create(parameters);
                    {{check}}
                    return message.Content.Count;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Anthropic_Streaming_FixRecordsTheMessageDelta() => Create()
        .WithSource(AnthropicUsings + """
            class C
            {
                async Task M(AnthropicClient client, MessageCreateParams parameters)
                {
                    await foreach (var streamEvent in client.Messages.[|CreateStreaming|](parameters))
                    {
                        if (streamEvent.TryPickContentBlockDelta(out var delta))
                            Console.Write(delta.Delta);
                    }
                }
            }
            """)
        .ShouldFixTo("""
            using System;
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Core;
            using Anthropic.Models.Messages;

            """ + """
            class C
            {
                async Task M(AnthropicClient client, MessageCreateParams parameters)
                {
                    ApiEnum<string, StopReason>? stopReason = null;
                    await foreach (var streamEvent in client.Messages.CreateStreaming(parameters))
                    {
                        if (streamEvent.TryPickDelta(out var messageDelta)) stopReason = messageDelta.Delta.StopReason ?? stopReason;
                        if (streamEvent.TryPickContentBlockDelta(out var delta))
                            Console.Write(delta.Delta);
                    }

                    if (stopReason?.Value() is StopReason.MaxTokens or StopReason.ModelContextWindowExceeded)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (StopReason.MaxTokens or StopReason.ModelContextWindowExceeded); the response is incomplete.");
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Anthropic_Streaming_StopReasonReadInTheLoop_Silent() => Create()
        .WithSource(AnthropicUsings + """
            class C
            {
                async Task M(AnthropicClient client, MessageCreateParams parameters)
                {
                    await foreach (var streamEvent in client.Messages.CreateStreaming(parameters))
                    {
                        if (streamEvent.TryPickContentBlockDelta(out var delta))
                            Console.Write(delta.Delta);
                        else if (streamEvent.TryPickDelta(out var messageDelta) && messageDelta.Delta.StopReason == StopReason.MaxTokens)
                            throw new InvalidOperationException();
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Anthropic_AggregatedStream_IsAMessage() => Create()
        .WithSource(AnthropicUsings + """
            class C
            {
                async Task<int> M(AnthropicClient client, MessageCreateParams parameters)
                {
                    var message = await client.Messages.[|CreateStreaming|](parameters).Aggregate();
                    return message.Content.Count;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Anthropic_BetaAndStructured_Reported_FixUsesEachStopReasonType() => Create()
        .WithSource(AnthropicUsings + """
            using Anthropic.Services;

            class Answer { public string Text { get; set; } = ""; }

            class C
            {
                async Task<int> Beta(AnthropicClient client, Anthropic.Models.Beta.Messages.MessageCreateParams parameters)
                {
                    var message = await client.Beta.Messages.[|Create|](parameters);
                    return message.Content.Count;
                }

                async Task<int> Structured(AnthropicClient client, MessageCreateParams parameters)
                {
                    var structured = await client.Messages.[|Create|]<Answer>(parameters);
                    return structured.Content.Count;
                }
            }
            """)
        .ShouldFixTo(AnthropicUsings + """
            using Anthropic.Services;

            class Answer { public string Text { get; set; } = ""; }

            class C
            {
                async Task<int> Beta(AnthropicClient client, Anthropic.Models.Beta.Messages.MessageCreateParams parameters)
                {
                    var message = await client.Beta.Messages.Create(parameters);
                    if (message.StopReason?.Value() is Anthropic.Models.Beta.Messages.BetaStopReason.MaxTokens or Anthropic.Models.Beta.Messages.BetaStopReason.ModelContextWindowExceeded)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (BetaStopReason.MaxTokens or BetaStopReason.ModelContextWindowExceeded); the response is incomplete.");
                    }

                    return message.Content.Count;
                }

                async Task<int> Structured(AnthropicClient client, MessageCreateParams parameters)
                {
                    var structured = await client.Messages.Create<Answer>(parameters);
                    if (structured.StopReason?.Value() is StopReason.MaxTokens or StopReason.ModelContextWindowExceeded)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (StopReason.MaxTokens or StopReason.ModelContextWindowExceeded); the response is incomplete.");
                    }

                    return structured.Content.Count;
                }
            }
            """)
        .ValidateAsync();

    // ---- Guard offered on LLM0001, FixAll ----

    [Fact]
    public async Task GuardIsOfferedOnLLM0001AsASecondAction()
    {
        var titles = await new Verifier()
            .WithAnalyzer<LlmRequestAnalyzer>()
            .WithCodeFix<MaxOutputTokensFixer>()
            .WithSource(OpenAIUsings + """
                class C
                {
                    string M(ChatClient client, List<ChatMessage> messages)
                    {
                        var completion = client.CompleteChat(messages).Value;
                        return completion.Content[0].Text;
                    }
                }
                """)
            .GetCodeFixTitlesAsync();
        Assert.Equal(["Set a max output token limit (1024)", "Add finish-reason guard"], titles.ToArray());
    }

    [Fact]
    public Task GuardFromTheLLM0001Fixer_FixAll() => new Verifier()
        .WithAnalyzer<LlmRequestAnalyzer>()
        .WithCodeFix<MaxOutputTokensFixer>()
        .WithRule(RuleIdentifiers.MissingMaxOutputTokens)
        .WithCodeFixKey(FinishReasonGuardFixer.AddGuardKey)
        .WithSource(AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client)
                {
                    var a = await client.[|GetResponseAsync|]("a");
                    var b = await client.[|GetResponseAsync|]("b");
                    return a.Text + b.Text;
                }
            }
            """)
        .ShouldFixAllTo(FixAllScope.Document, AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client)
                {
                    var a = await client.[|GetResponseAsync|]("a");
                    if (a.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    var b = await client.[|GetResponseAsync|]("b");
                    if (b.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return a.Text + b.Text;
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task FixAll_DocumentProjectSolution() => Create()
        .WithSource(AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options)
                {
                    var a = await client.[|GetResponseAsync|]("a", options);
                    var b = await client.[|GetResponseAsync|]("b", options);
                    return a.Text + b.Text;
                }
            }
            """)
        .WithSource(AiUsings + """
            class D
            {
                async Task M(IChatClient client, ChatOptions options)
                {
                    await foreach (var u in client.[|GetStreamingResponseAsync|]("a", options))
                        Console.Write(u.Text);
                    await foreach (var u in client.[|GetStreamingResponseAsync|]("b", options))
                        Console.Write(u.Text);
                }
            }
            """)
        .ShouldFixAllTo(FixAllScope.Document, AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options)
                {
                    var a = await client.GetResponseAsync("a", options);
                    if (a.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    var b = await client.GetResponseAsync("b", options);
                    if (b.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return a.Text + b.Text;
                }
            }
            """, AiUsings + """
            class D
            {
                async Task M(IChatClient client, ChatOptions options)
                {
                    await foreach (var u in client.[|GetStreamingResponseAsync|]("a", options))
                        Console.Write(u.Text);
                    await foreach (var u in client.[|GetStreamingResponseAsync|]("b", options))
                        Console.Write(u.Text);
                }
            }
            """)
        .ShouldFixAllTo(FixAllScope.Project, AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options)
                {
                    var a = await client.GetResponseAsync("a", options);
                    if (a.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    var b = await client.GetResponseAsync("b", options);
                    if (b.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return a.Text + b.Text;
                }
            }
            """, AiUsings + """
            class D
            {
                async Task M(IChatClient client, ChatOptions options)
                {
                    ChatFinishReason? finishReason = null;
                    await foreach (var u in client.GetStreamingResponseAsync("a", options))
                    {
                        finishReason = u.FinishReason ?? finishReason;
                        Console.Write(u.Text);
                    }

                    if (finishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    ChatFinishReason? finishReason2 = null;
                    await foreach (var u in client.GetStreamingResponseAsync("b", options))
                    {
                        finishReason2 = u.FinishReason ?? finishReason2;
                        Console.Write(u.Text);
                    }

                    if (finishReason2 == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }
                }
            }
            """)
        .ValidateAsync();

    // ---- Hygiene ----

    [Fact]
    public Task NoSdkReferenced_Silent() => Create()
        .WithSdks(TestSdks.None)
        .WithSource("""
            class ChatCompletion { public string Content = ""; }
            class C { string M(ChatCompletion c) => c.Content; }
            """)
        .ValidateAsync();

    [Fact]
    public Task GeneratedCode_Silent() => Create()
        .WithSource("// <auto-generated/>\n" + AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options) => (await client.GetResponseAsync("a", options)).Text;
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task EditorConfigSeverityNone_Silent() => Create()
        .WithEditorConfig("dotnet_diagnostic.LLM0002.severity = none")
        .WithSource(AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options) => (await client.GetResponseAsync("a", options)).Text;
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task Pragma_Suppresses() => Create()
        .WithSource(AiUsings + """
            class C
            {
            #pragma warning disable LLM0002
                async Task<string> M(IChatClient client, ChatOptions options) => (await client.GetResponseAsync("a", options)).Text;
            #pragma warning restore LLM0002
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ExpressionBodies_FixTurnsThemIntoBlocks() => Create()
        .WithSource(AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options) => (await client.[|GetResponseAsync|]("a", options)).Text;

                Func<Task<string>> Lambda(IChatClient client, ChatOptions options) => async () => (await client.[|GetResponseAsync|]("b", options)).Text.Trim();

                async Task Local(IChatClient client, ChatOptions options)
                {
                    await Show();

                    async Task Show() => Console.WriteLine((await client.[|GetResponseAsync|]("c", options)).Text);
                }
            }
            """)
        .ShouldFixTo(AiUsings + """
            class C
            {
                async Task<string> M(IChatClient client, ChatOptions options)
                {
                    var chatResponse = await client.GetResponseAsync("a", options);
                    if (chatResponse.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return chatResponse.Text;
                }

                Func<Task<string>> Lambda(IChatClient client, ChatOptions options) => async () =>
                {
                    var chatResponse = await client.GetResponseAsync("b", options);
                    if (chatResponse.FinishReason == ChatFinishReason.Length)
                    {
                        throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                    }

                    return chatResponse.Text.Trim();
                };

                async Task Local(IChatClient client, ChatOptions options)
                {
                    await Show();

                    async Task Show()
                    {
                        var chatResponse = await client.GetResponseAsync("c", options);
                        if (chatResponse.FinishReason == ChatFinishReason.Length)
                        {
                            throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
                        }

                        Console.WriteLine(chatResponse.Text);
                    }
                }
            }
            """)
        .ValidateAsync();

    [Fact]
    public async Task ExpressionBodiedProperty_ReportedWithoutFix()
    {
        var verifier = Create().WithSource(OpenAIUsings + """
            class C
            {
                private readonly ChatClient _client = null!;
                string Greeting => _client.[|CompleteChat|]([new UserChatMessage("hi")], new ChatCompletionOptions { MaxOutputTokenCount = 10 }).Value.Content[0].Text;
            }
            """);
        await verifier.ValidateAsync();
        Assert.Empty(await verifier.GetCodeFixTitlesAsync());
    }

    [Fact]
    public Task TopLevelStatements_FixInsertsGlobalStatements() => Create()
        .AsExecutable()
        .WithSource(AiUsings + """
            IChatClient client = null!;
            var response = await client.[|GetResponseAsync|]("a", new ChatOptions { MaxOutputTokens = 10 });
            Console.WriteLine(response.Text);
            """)
        .ShouldFixTo(AiUsings + """
            IChatClient client = null!;
            var response = await client.GetResponseAsync("a", new ChatOptions { MaxOutputTokens = 10 });
            if (response.FinishReason == ChatFinishReason.Length)
            {
                throw new InvalidOperationException("The model stopped at its token limit (ChatFinishReason.Length); the response is incomplete.");
            }

            Console.WriteLine(response.Text);
            """)
        .ValidateAsync();
}
