// Valid-code corpus: correct use of Microsoft.Extensions.AI, streaming and aggregation. The analyzers must report nothing here.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Anthropic;
using Microsoft.Extensions.AI;

namespace ValidCode.ExtensionsAISamples;

public sealed record Tags(string[] Values);

public sealed class AssistantService(IChatClient chat)
{
    private readonly ChatOptions _defaults = new() { MaxOutputTokens = 400, Temperature = 0.2f };

    // Cap in the initializer; finish reason compared.
    public async Task<string> TitleAsync(string text)
    {
        var response = await chat.GetResponseAsync($"Give a title for: {text}", new ChatOptions { MaxOutputTokens = 30 });
        return response.FinishReason == ChatFinishReason.Length ? text[..Math.Min(30, text.Length)] : response.Text;
    }

    // Cap set on a clone of shared options.
    public async Task<string> RewriteAsync(string text, CancellationToken cancellationToken)
    {
        var options = _defaults.Clone();
        options.MaxOutputTokens = 800;
        var response = await chat.GetResponseAsync([new ChatMessage(ChatRole.User, $"Rewrite: {text}")], options, cancellationToken);
        if (response.FinishReason != ChatFinishReason.Stop)
            return text;
        return response.Text;
    }

    // ??= on the caller's options.
    public async Task<Tags?> TagAsync(string text, ChatOptions? options = null)
    {
        options ??= new ChatOptions();
        options.MaxOutputTokens ??= 100;
        options.ResponseFormat = ChatResponseFormat.Json;
        ChatResponse response = await chat.GetResponseAsync(new ChatMessage(ChatRole.User, $"Tags as JSON: {text}"), options);
        if (response is { FinishReason: var reason } && reason == ChatFinishReason.Length)
            return null;
        return JsonSerializer.Deserialize<Tags>(response.Text);
    }

    // Streaming: the finish reason is checked inside the loop.
    public async Task<string> StreamAsync(string prompt)
    {
        var text = new StringBuilder();
        await foreach (var update in chat.GetStreamingResponseAsync(prompt, _defaults))
        {
            if (update.FinishReason == ChatFinishReason.Length)
                throw new InvalidOperationException("Cut off.");
            text.Append(update.Text);
        }

        return text.ToString();
    }

    // Streaming into a list, then aggregation.
    public async Task<string> StreamThenAggregateAsync(IList<ChatMessage> history)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync(history, new ChatOptions { MaxOutputTokens = 1_000 }))
            updates.Add(update);
        var response = updates.ToChatResponse();
        return response.FinishReason == ChatFinishReason.Length ? "" : response.Text;
    }

    // Aggregation of the stream itself.
    public async Task<string> AggregateAsync(string prompt)
    {
        var response = await chat.GetStreamingResponseAsync(prompt, new ChatOptions { MaxOutputTokens = 200 }).ToChatResponseAsync();
        return response.FinishReason switch
        {
            { } reason when reason == ChatFinishReason.Length => "",
            _ => response.Text,
        };
    }

    // A client created with a default cap: the requests need none.
    public async Task<string> DefaultCapAsync(AnthropicClient anthropic, string text)
    {
        IChatClient capped = anthropic.AsIChatClient("claude-haiku-4-5", defaultMaxOutputTokens: 500);
        var response = await capped.GetResponseAsync(text);
        return response.FinishReason == ChatFinishReason.Length ? "" : response.Text;
    }

    // The whole response leaves; messages added to history.
    public Task<ChatResponse> SendAsync(IEnumerable<ChatMessage> messages) => chat.GetResponseAsync(messages, _defaults);

    public async Task ContinueAsync(List<ChatMessage> history)
    {
        var response = await chat.GetResponseAsync(history, _defaults);
        history.AddMessages(response);
    }

    // LINQ over several answers, each checked.
    public async Task<string[]> AnswerAllAsync(IEnumerable<string> questions)
    {
        var answers = await Task.WhenAll(questions.Select(async question =>
        {
            var response = await chat.GetResponseAsync(question, new ChatOptions { MaxOutputTokens = 150 });
            return response.FinishReason == ChatFinishReason.Stop ? response.Text : null;
        }));
        return answers.OfType<string>().ToArray();
    }

    // An async stream of our own that records the finish reason.
    public async IAsyncEnumerable<string> RelayAsync(string prompt)
    {
        ChatFinishReason? finishReason = null;
        await foreach (var update in chat.GetStreamingResponseAsync(prompt, new ChatOptions { MaxOutputTokens = 2_000, ModelId = "gpt-4o" }))
        {
            finishReason = update.FinishReason ?? finishReason;
            yield return update.Text;
        }

        if (finishReason == ChatFinishReason.Length)
            yield return "[cut off]";
    }
}
