// Valid-code corpus: correct use of OpenAI chat completions. The analyzers must report nothing here.
using System;
using System.Collections.Generic;
using System.ClientModel;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenAI;
using OpenAI.Chat;

namespace ValidCode.OpenAIChatSamples;

public sealed record Ticket(string Title, int Priority);

public interface IAuditLog
{
    void Record(string what, object? value);
}

public sealed class ChatService
{
    private const int SummaryTokens = 400;
    private static readonly int DetailTokens = 2_000;

    private readonly ChatClient _client = new("gpt-4o-mini", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "key");
    private readonly ChatCompletionOptions _shortAnswers = new() { MaxOutputTokenCount = 64, Temperature = 0 };
    private readonly ChatCompletionOptions _fromConstructor;
    private readonly IAuditLog _log;
    private ChatCompletion? _last;

    public ChatService(IAuditLog log, int detailTokens)
    {
        _log = log;
        _fromConstructor = new ChatCompletionOptions { MaxOutputTokenCount = detailTokens };
    }

    // Cap in the initializer; finish reason compared.
    public async Task<string> SummarizeAsync(string text)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = SummaryTokens };
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage($"Summarize: {text}")], options);
        if (completion.FinishReason == ChatFinishReason.Length)
            throw new InvalidOperationException("The summary was cut off.");
        return completion.Content[0].Text;
    }

    // Cap assigned later on every path; inequality check.
    public string Classify(string text, bool verbose)
    {
        var options = new ChatCompletionOptions();
        if (verbose)
            options.MaxOutputTokenCount = DetailTokens;
        else
            options.MaxOutputTokenCount = 20;
        var completion = _client.CompleteChat([new SystemChatMessage("Classify."), new UserChatMessage(text)], options).Value;
        return completion.FinishReason != ChatFinishReason.Stop ? "unknown" : completion.Content[0].Text;
    }

    // ??= on the cap of a caller's options.
    public async Task<string> AnswerAsync(string question, ChatCompletionOptions? options = null)
    {
        options ??= new ChatCompletionOptions();
        options.MaxOutputTokenCount ??= 500;
        ClientResult<ChatCompletion> result = await _client.CompleteChatAsync([new UserChatMessage(question)], options);
        return result.Value.FinishReason switch
        {
            ChatFinishReason.Stop => result.Value.Content[0].Text,
            ChatFinishReason.Length => result.Value.Content[0].Text + " …",
            _ => "",
        };
    }

    // Options from a field and from the constructor; switch statement over the finish reason.
    public async Task<string> ExplainAsync(string topic, bool detailed)
    {
        var options = detailed ? _fromConstructor : _shortAnswers;
        var completion = (await _client.CompleteChatAsync([new UserChatMessage(topic)], options)).Value;
        switch (completion.FinishReason)
        {
            case ChatFinishReason.Length:
            case ChatFinishReason.ContentFilter:
                return "";
            default:
                return string.Concat(completion.Content.Select(part => part.Text));
        }
    }

    // Property pattern, then JSON parsing.
    public async Task<Ticket?> ExtractTicketAsync(string email)
    {
        var options = new ChatCompletionOptions
        {
            MaxOutputTokenCount = 300,
            ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat(),
        };
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage($"Extract a ticket as JSON: {email}")], options);
        if (completion is not { FinishReason: ChatFinishReason.Stop })
            return null;
        return JsonSerializer.Deserialize<Ticket>(completion.Content[0].Text);
    }

    // The finish reason is logged and passed on.
    public async Task<string> TranslateAsync(string text, string language)
    {
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage($"Translate to {language}: {text}")], _shortAnswers);
        _log.Record("finish", completion.FinishReason);
        Trace.TraceInformation("Finished: {0}", completion.FinishReason);
        return completion.Content[0].Text;
    }

    // Tool calls are read after checking why the model stopped.
    public async Task<IReadOnlyList<string>> PlanToolsAsync(string goal, ChatTool tool)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 256, Tools = { tool } };
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage(goal)], options);
        if (completion.FinishReason is ChatFinishReason.ToolCalls)
            return completion.ToolCalls.Select(call => call.FunctionName).ToList();
        return [];
    }

    // The whole response leaves: returned, stored, passed on.
    public ChatCompletion Complete(IEnumerable<ChatMessage> messages) => _client.CompleteChat(messages, _shortAnswers);

    public async Task<ChatCompletion> CompleteAsync(IEnumerable<ChatMessage> messages, ChatCompletionOptions options) =>
        await _client.CompleteChatAsync(messages, options);

    public void Remember(string prompt)
    {
        _last = _client.CompleteChat([new UserChatMessage(prompt)], _shortAnswers);
        Inspect(_client.CompleteChat([new UserChatMessage(prompt)], _shortAnswers).Value);
    }

    private void Inspect(ChatCompletion completion) => _log.Record(completion.Id, completion.FinishReason);

    // Streaming: the last finish reason is recorded and checked after the loop.
    public async Task<string> StreamStoryAsync(string theme, CancellationToken cancellationToken)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 800 };
        var story = new StringBuilder();
        ChatFinishReason? finishReason = null;
        await foreach (var update in _client.CompleteChatStreamingAsync([new UserChatMessage($"A story about {theme}")], options, cancellationToken))
        {
            finishReason = update.FinishReason ?? finishReason;
            foreach (var part in update.ContentUpdate)
                story.Append(part.Text);
        }

        return finishReason == ChatFinishReason.Length ? story.Append(" [cut off]").ToString() : story.ToString();
    }

    // Synchronous streaming; the check sits inside the loop.
    public string StreamHaiku(string subject)
    {
        var text = new StringBuilder();
        foreach (StreamingChatCompletionUpdate update in _client.CompleteChatStreaming([new UserChatMessage($"A haiku about {subject}")], _shortAnswers))
        {
            if (update.FinishReason == ChatFinishReason.Length)
                throw new InvalidOperationException("Cut off.");
            text.Append(string.Join("", update.ContentUpdate.Select(part => part.Text)));
        }

        return text.ToString();
    }

    // An async stream of our own: yields text, then fails on truncation.
    public async IAsyncEnumerable<string> StreamLinesAsync(string prompt)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 1_000 };
        ChatFinishReason? last = null;
        await foreach (var update in _client.CompleteChatStreamingAsync([new UserChatMessage(prompt)], options))
        {
            if (update.FinishReason is { } reason)
                last = reason;
            foreach (var part in update.ContentUpdate)
                yield return part.Text;
        }

        if (last is ChatFinishReason.Length)
            throw new InvalidOperationException("Truncated.");
    }

    // Lambdas and local functions with their own requests.
    public async Task<string[]> TitlesAsync(IEnumerable<string> articles)
    {
        Func<string, Task<string>> title = async article =>
        {
            var completion = (await _client.CompleteChatAsync([new UserChatMessage($"Title for: {article}")], new ChatCompletionOptions { MaxOutputTokenCount = 20 })).Value;
            return completion.FinishReason == ChatFinishReason.Stop ? completion.Content[0].Text : article[..Math.Min(20, article.Length)];
        };

        return await Task.WhenAll(articles.Select(title));
    }

    public string Keywords(string text)
    {
        return Ask($"Keywords: {text}");

        string Ask(string prompt)
        {
            var options = new ChatCompletionOptions();
            options.MaxOutputTokenCount = 50;
            var completion = _client.CompleteChat([new UserChatMessage(prompt)], options).Value;
            return completion.FinishReason == ChatFinishReason.Length ? "" : completion.Content[0].Text;
        }
    }

    // A client from the factory, model within the catalog's limit (gpt-4.1: 32768).
    public async Task<string> LongFormAsync(OpenAIClient openAI, string topic)
    {
        ChatClient client = openAI.GetChatClient("gpt-4.1");
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 32_768 };
        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage(topic)], options);
        return completion.FinishReason == ChatFinishReason.Length ? throw new InvalidOperationException("Too long.") : completion.Content[0].Text;
    }

    // Options built by a helper method.
    public async Task<string> HelperOptionsAsync(string text)
    {
        var completion = (await _client.CompleteChatAsync([new UserChatMessage(text)], Budget(120))).Value;
        return completion.FinishReason == ChatFinishReason.Stop ? completion.Content[0].Text : "";
    }

    private static ChatCompletionOptions Budget(int tokens) => new() { MaxOutputTokenCount = tokens };
}
