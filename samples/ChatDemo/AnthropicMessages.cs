using Anthropic;
using Anthropic.Models.Messages;

namespace ChatDemo;

public sealed class AnthropicMessages(AnthropicClient client)
{
    // Good: MaxTokens is a required member, so the compiler already enforces it; the stop reason is checked.
    public async Task<IReadOnlyList<ContentBlock>> AskAsync(string question)
    {
        var message = await client.Messages.Create(new MessageCreateParams
        {
            Model = Model.ClaudeSonnet4_6,
            MaxTokens = 1024,
            Messages = [new UserMessageParam { Content = question }],
        });
        if (message.StopReason == StopReason.MaxTokens)
            throw new InvalidOperationException("The answer was cut off.");
        return message.Content;
    }

    // Bad: the content is used without checking the stop reason.
    public async Task<int> CountBlocksAsync(string question)
    {
        var message = await client.Messages.Create(new MessageCreateParams // expect: LLM0002
        {
            Model = Model.ClaudeHaiku4_5,
            MaxTokens = 512,
            Messages = [new UserMessageParam { Content = question }],
        });
        return message.Content.Count;
    }

    // Bad: the SDK refuses non-streaming Opus 4 requests above 8192 tokens unless the client has a timeout.
    public async Task<Message> LongReportAsync(string question)
    {
        var local = new AnthropicClient();
        return await local.Messages.Create(new MessageCreateParams // expect: LLM0009
        {
            Model = "claude-opus-4-0",
            MaxTokens = 20000,
            Messages = [new UserMessageParam { Content = question }],
        });
    }

    // Bad: the thinking budget counts toward MaxTokens, so it must be smaller.
    public Task<Message> ThinkAsync(string question)
        => client.Messages.Create(new MessageCreateParams
        {
            Model = Model.ClaudeSonnet4_6,
            MaxTokens = 2048,
            Thinking = new ThinkingConfigEnabled(4096), // expect: LLM0007
            Messages = [new UserMessageParam { Content = question }],
        });
}
