using Anthropic;
using Anthropic.Models.Messages;

namespace ChatDemo;

public sealed class AnthropicMessages(AnthropicClient client)
{
    // Good: MaxTokens is a required member, so the compiler already enforces it; LLM0001 stays silent.
    public Task<Message> AskAsync(string question)
        => client.Messages.Create(new MessageCreateParams
        {
            Model = Model.ClaudeSonnet4_6,
            MaxTokens = 1024,
            Messages = [new UserMessageParam { Content = question }],
        });
}
