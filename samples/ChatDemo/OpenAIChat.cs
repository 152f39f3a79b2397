using System.Text.Json;
using OpenAI.Chat;

namespace ChatDemo;

public sealed record Invoice(string Customer, decimal Total);

public sealed class OpenAIChat(string apiKey)
{
    private readonly ChatClient _client = new("gpt-4o-mini", apiKey);

    // Good: the cap is set in the initializer and truncation is handled.
    public async Task<string> SummarizeAsync(string text)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 300 };
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage($"Summarize: {text}")], options);
        if (completion.FinishReason == ChatFinishReason.Length)
            throw new InvalidOperationException("The summary was cut off.");
        return completion.Content[0].Text;
    }

    // Good: the cap is set later, on every path; the finish reason is checked.
    public string Classify(string text, bool verbose)
    {
        var options = new ChatCompletionOptions();
        options.MaxOutputTokenCount = verbose ? 200 : 20;
        var completion = _client.CompleteChat([new UserChatMessage(text)], options).Value;
        return completion.FinishReason == ChatFinishReason.Stop ? completion.Content[0].Text : "unknown";
    }

    // Good: options come from the caller, and the whole response goes back to the caller.
    public ChatCompletion Complete(IEnumerable<ChatMessage> messages, ChatCompletionOptions options)
        => _client.CompleteChat(messages, options);

    // Bad: no options at all.
    public async Task<ChatCompletion> TranslateAsync(string text)
        => await _client.CompleteChatAsync([new UserChatMessage($"Translate to French: {text}")]); // expect: LLM0001

    // Bad: options built here without a cap.
    public async Task<ChatCompletion> ExplainAsync(string topic)
    {
        var options = new ChatCompletionOptions { Temperature = 0.2f };
        return await _client.CompleteChatAsync([new UserChatMessage(topic)], options); // expect: LLM0001
    }

    // Bad: the cap is only set on one path.
    public async IAsyncEnumerable<StreamingChatCompletionUpdate> StreamAsync(string prompt, bool brief)
    {
        var options = new ChatCompletionOptions();
        if (brief)
            options.MaxOutputTokenCount = 100;
        await foreach (var update in _client.CompleteChatStreamingAsync([new UserChatMessage(prompt)], options)) // expect: LLM0001
            yield return update;
    }

    // Bad: this overload cannot carry a cap.
    public ChatCompletion Greet() => _client.CompleteChat(new UserChatMessage("Say hello")); // expect: LLM0001

    // Bad: the answer is shown without checking whether it was cut off.
    public async Task<string> DescribeAsync(string product)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 150 };
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage($"Describe {product}")], options); // expect: LLM0002
        return completion.Content[0].Text;
    }

    // Bad: a streamed answer is printed and never checked for truncation.
    public async Task PrintStoryAsync(string theme)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 800 };
        await foreach (var update in _client.CompleteChatStreamingAsync([new UserChatMessage($"A story about {theme}")], options)) // expect: LLM0002
        {
            foreach (var part in update.ContentUpdate)
                Console.Write(part.Text);
        }
    }

    // Bad: JSON parsed from an answer that may be cut off halfway.
    public async Task<Invoice?> ExtractInvoiceAsync(string document)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 200 };
        ChatCompletion completion = await _client.CompleteChatAsync([new UserChatMessage($"Extract the invoice as JSON: {document}")], options); // expect: LLM0008
        return JsonSerializer.Deserialize<Invoice>(completion.Content[0].Text);
    }

    // Bad: gpt-4o-mini answers with at most 16384 tokens; the API rejects this request.
    public async Task<ChatCompletion> EssayAsync(string topic)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 32000 }; // expect: LLM0003
        return await _client.CompleteChatAsync([new UserChatMessage($"An essay on {topic}")], options);
    }

    // Bad: a limit of zero is rejected.
    public async Task<ChatCompletion> PingAsync()
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 0 }; // expect: LLM0006
        return await _client.CompleteChatAsync([new UserChatMessage("ping")], options);
    }

    // Bad: "." ends the answer at its first sentence.
    public async Task<ChatCompletion> OutlineAsync(string topic)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 400 };
        options.StopSequences.Add("."); // expect: LLM0004
        return await _client.CompleteChatAsync([new UserChatMessage($"Outline {topic}")], options);
    }

    // Bad: OpenAI accepts at most four stop sequences.
    public async Task<ChatCompletion> DialogueAsync(string prompt)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 400, StopSequences = { "\nUser:", "\nBob:", "\nAlice:", "</turn>", "<|end|>" } };
        return await _client.CompleteChatAsync([new UserChatMessage(prompt)], options); // expect: LLM0005
    }

    // Bad: o3 reasons inside the limit, and rejects stop sequences.
    public async Task<ChatCompletion> SolveAsync(string puzzle)
    {
        var reasoner = new ChatClient("o3", apiKey);
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 500, StopSequences = { "</answer>" } }; // expect: LLM0011
        return await reasoner.CompleteChatAsync([new UserChatMessage(puzzle)], options); // expect: LLM0012
    }
}
