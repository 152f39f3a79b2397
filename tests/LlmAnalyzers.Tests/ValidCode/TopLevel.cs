// Valid-code corpus: top-level statements. The analyzers must report nothing here.
using System;
using System.Linq;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI.Chat;

var client = new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "key");
var options = new ChatCompletionOptions { MaxOutputTokenCount = 256 };
ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("Say hello.")], options);
if (completion.FinishReason == OpenAI.Chat.ChatFinishReason.Length)
{
    Console.Error.WriteLine("Cut off.");
    return 1;
}

Console.WriteLine(completion.Content[0].Text);

IChatClient chat = new AnthropicClient().AsIChatClient("claude-haiku-4-5");
var reply = await chat.GetResponseAsync("Say goodbye.", new ChatOptions { MaxOutputTokens = 64 });
Console.WriteLine(reply.FinishReason == Microsoft.Extensions.AI.ChatFinishReason.Stop ? reply.Text : "");

var words = await Words("Count these words.");
Console.WriteLine(words);
return 0;

async System.Threading.Tasks.Task<int> Words(string text)
{
    var result = (await client.CompleteChatAsync([new UserChatMessage(text)], new ChatCompletionOptions { MaxOutputTokenCount = 10 })).Value;
    return result.FinishReason == OpenAI.Chat.ChatFinishReason.Stop ? result.Content.Sum(part => part.Text.Length) : 0;
}
