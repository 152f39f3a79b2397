using OpenAI.Chat;

namespace ChatDemo;

public sealed class OpenAIChat(string apiKey)
{
    private readonly ChatClient _client = new("gpt-4o-mini", apiKey);

    // Good: the cap is set in the initializer.
    public async Task<string> SummarizeAsync(string text)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 300 };
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage($"Summarize: {text}")], options);
        return completion.Content[0].Text;
    }

    // Good: the cap is set later, on every path.
    public string Classify(string text, bool verbose)
    {
        var options = new ChatCompletionOptions();
        options.MaxOutputTokenCount = verbose ? 200 : 20;
        return _client.CompleteChat([new UserChatMessage(text)], options).Value.Content[0].Text;
    }

    // Good: options come from the caller, who may have set the cap.
    public ChatCompletion Complete(IEnumerable<ChatMessage> messages, ChatCompletionOptions options)
        => _client.CompleteChat(messages, options);

    // Bad: no options at all.
    public async Task<string> TranslateAsync(string text)
    {
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage($"Translate to French: {text}")]); // expect: LLM0001
        return completion.Content[0].Text;
    }

    // Bad: options built here without a cap.
    public async Task<string> ExplainAsync(string topic)
    {
        var options = new ChatCompletionOptions { Temperature = 0.2f };
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage(topic)], options); // expect: LLM0001
        return completion.Content[0].Text;
    }

    // Bad: the cap is only set on one path.
    public async IAsyncEnumerable<string> StreamAsync(string prompt, bool brief)
    {
        var options = new ChatCompletionOptions();
        if (brief)
            options.MaxOutputTokenCount = 100;
        await foreach (var update in _client.CompleteChatStreamingAsync([new UserChatMessage(prompt)], options)) // expect: LLM0001
        {
            foreach (var part in update.ContentUpdate)
                yield return part.Text;
        }
    }

    // Bad: this overload cannot carry a cap.
    public string Greet() => _client.CompleteChat(new UserChatMessage("Say hello")).Value.Content[0].Text; // expect: LLM0001
}
