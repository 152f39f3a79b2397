using Anthropic;
using Microsoft.Extensions.AI;

namespace ChatDemo;

public sealed class ExtensionsAIChat(IChatClient chat)
{
    // Good.
    public async Task<string> TitleAsync(string text)
    {
        var response = await chat.GetResponseAsync($"Give a title for: {text}", new ChatOptions { MaxOutputTokens = 30 });
        return response.FinishReason == ChatFinishReason.Length ? text[..Math.Min(30, text.Length)] : response.Text;
    }

    // Good: the client was created with a default cap; the stream's finish reason is checked.
    public async Task<string> TagAsync(AnthropicClient anthropic, string text)
    {
        IChatClient capped = anthropic.AsIChatClient("claude-haiku-4-5", defaultMaxOutputTokens: 50);
        var tags = "";
        await foreach (var update in capped.GetStreamingResponseAsync($"Tag: {text}"))
        {
            if (update.FinishReason == ChatFinishReason.Length)
                return "";
            tags += update.Text;
        }

        return tags;
    }

    // Bad: no ChatOptions.
    public Task<ChatResponse> DescribeAsync(string text)
        => chat.GetResponseAsync($"Describe: {text}"); // expect: LLM0001

    // Bad: ChatOptions without MaxOutputTokens.
    public Task<ChatResponse> RewriteAsync(string text)
    {
        ChatOptions? options = null;
        options ??= new ChatOptions { Temperature = 0 };
        return chat.GetResponseAsync($"Rewrite: {text}", options); // expect: LLM0001
    }

    // Bad: the text is used without checking the finish reason.
    public async Task<string> ReplyAsync(string message)
    {
        var response = await chat.GetResponseAsync(message, new ChatOptions { MaxOutputTokens = 400 }); // expect: LLM0002
        return response.Text;
    }

    // Bad: above the team ceiling set in this folder's .editorconfig.
    public Task<ChatResponse> ReportAsync(string data)
        => chat.GetResponseAsync($"Write a report on {data}", new ChatOptions { MaxOutputTokens = 50000 }); // expect: LLM0010
}
