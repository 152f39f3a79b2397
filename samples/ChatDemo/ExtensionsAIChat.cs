using Anthropic;
using Microsoft.Extensions.AI;

namespace ChatDemo;

public sealed class ExtensionsAIChat(IChatClient chat)
{
    // Good.
    public async Task<string> TitleAsync(string text)
    {
        var response = await chat.GetResponseAsync($"Give a title for: {text}", new ChatOptions { MaxOutputTokens = 30 });
        return response.Text;
    }

    // Good: the client was created with a default cap.
    public async Task<string> TagAsync(AnthropicClient anthropic, string text)
    {
        IChatClient capped = anthropic.AsIChatClient("claude-haiku-4-5", defaultMaxOutputTokens: 50);
        var response = await capped.GetResponseAsync($"Tag: {text}");
        return response.Text;
    }

    // Bad: no ChatOptions.
    public async Task<string> DescribeAsync(string text)
    {
        var response = await chat.GetResponseAsync($"Describe: {text}"); // expect: LLM0001
        return response.Text;
    }

    // Bad: ChatOptions without MaxOutputTokens.
    public async Task<string> RewriteAsync(string text)
    {
        ChatOptions? options = null;
        options ??= new ChatOptions { Temperature = 0 };
        var response = await chat.GetResponseAsync($"Rewrite: {text}", options); // expect: LLM0001
        return response.Text;
    }
}
