using System.Collections.Generic;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>Wrong code in surroundings that are hard on the fixers: scopes, names, trivia, directives, argument forms.</summary>
internal static class FixEdgeCases
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["cap explicitly null in the initializer"] = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class C
            {
                async Task<ChatResponse> M(IChatClient chat)
                {
                    var options = new ChatOptions { MaxOutputTokens = null, Temperature = 1 };
                    return await chat.GetResponseAsync("x", options);
                }
            }
            """,
        ["response local declared in a switch section"] = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class C
            {
                async Task<string> M(IChatClient chat, ChatOptions options, int kind)
                {
                    switch (kind)
                    {
                        case 1:
                            var response = await chat.GetResponseAsync("x", options);
                            return response.Text;
                        case 2:
                            ChatResponse other = await chat.GetResponseAsync("y", options);
                            System.Console.Write(other.Text);
                            break;
                        default:
                            {
                                var inBlock = await chat.GetResponseAsync("z", options);
                                return inBlock.Text;
                            }
                    }

                    return "";
                }
            }
            """,
        ["options type name taken by a user type"] = """
            using System.Collections.Generic;

            namespace N
            {
                class ChatCompletionOptions { }

                class C
                {
                    OpenAI.Chat.ChatCompletion M(OpenAI.Chat.ChatClient client, List<OpenAI.Chat.ChatMessage> messages) => client.CompleteChat(messages);
                }
            }
            """,
        ["exception type name taken by a user type"] = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            namespace N
            {
                class InvalidOperationException { }

                class C
                {
                    async Task<string> M(IChatClient chat, ChatOptions options)
                    {
                        var response = await chat.GetResponseAsync("x", options);
                        return response.Text;
                    }
                }
            }
            """,
        ["names the guard would use are taken"] = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class C
            {
                async Task<string> M(IChatClient chat, ChatOptions options)
                {
                    var chatResponse = 1;
                    var finishReason = 2;
                    await foreach (var update in chat.GetStreamingResponseAsync("x", options))
                        System.Console.Write(update.Text + chatResponse + finishReason);
                    return (await chat.GetResponseAsync("y", options)).Text;
                }
            }
            """,
        ["options created on both arms of a conditional and with new()"] = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class C
            {
                async Task<ChatResponse> M(IChatClient chat, bool flag)
                {
                    var options = flag ? new ChatOptions() : new ChatOptions { Temperature = 0 };
                    ChatOptions other = new();
                    await chat.GetResponseAsync("y", other);
                    return await chat.GetResponseAsync("x", options);
                }
            }
            """,
        ["guards in an async iterator, lambdas and a local function"] = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class C
            {
                async IAsyncEnumerable<string> Iterator(IChatClient chat, ChatOptions options)
                {
                    var response = await chat.GetResponseAsync("x", options);
                    yield return response.Text;
                }

                Func<Task<string>> Lambda(IChatClient chat, ChatOptions options) => async () =>
                {
                    var response = await chat.GetResponseAsync("x", options);
                    return response.Text;
                };

                void Local(IChatClient chat, ChatOptions options)
                {
                    Action action = async () => { var response = await chat.GetResponseAsync("x", options); Console.WriteLine(response.Text); };
                    async Task<string> Ask() { var response = await chat.GetResponseAsync("x", options); return response.Text; }
                }
            }
            """,
        ["preprocessor directives around the code"] = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class C
            {
                async Task<string> M(IChatClient chat, ChatOptions options)
                {
            #if DEBUG
                    var response = await chat.GetResponseAsync("x", options);
            #else
                    var response = await chat.GetResponseAsync("y", options);
            #endif
                    return response.Text;
                }

                async Task<ChatResponse> N(IChatClient chat)
                {
                    var options = new ChatOptions
                    {
            #if DEBUG
                        Temperature = 0,
            #endif
                    };
                    return await chat.GetResponseAsync("x", options);
                }
            }
            """,
        ["comments inside initializers and after statements"] = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class C
            {
                async Task<ChatResponse> N(IChatClient chat)
                {
                    var options = new ChatOptions { Temperature = 0, /* keep */ };
                    var other = new ChatOptions { /* empty */ };
                    await chat.GetResponseAsync("y", other);
                    return await chat.GetResponseAsync("x", options); // trailing
                }

                async Task<string> M(IChatClient chat, ChatOptions options)
                {
                    var response = await chat.GetResponseAsync("x", options); // keep this comment
                    return response.Text;
                }
            }
            """,
        ["responses used inside longer expressions"] = """
            using System.Collections.Generic;
            using System.Linq;
            using OpenAI.Chat;

            class C
            {
                string M(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options) => client.CompleteChat(messages, options).Value.Content.First().Text;

                string N(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    string text = client.CompleteChat(messages, options).Value.Content[0].Text, other = "";
                    return text + other;
                }

                string P(ChatClient client, List<ChatMessage> messages, ChatCompletionOptions options)
                {
                    var joined = Join(Join("a"), client.CompleteChat(messages, options).Value.Content[0].Text);
                    return joined;
                }

                static string Join(string a, string b = "") => a + b;
            }
            """,
        ["Anthropic streams with loop bodies without braces"] = """
            using System;
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            class C
            {
                async Task M(AnthropicClient client, MessageCreateParams parameters)
                {
                    await foreach (var streamEvent in client.Messages.CreateStreaming(parameters))
                        if (streamEvent.TryPickContentBlockDelta(out var delta)) Console.Write(delta.Delta);
                    await foreach (var streamEvent in client.Beta.Messages.CreateStreaming(new Anthropic.Models.Beta.Messages.MessageCreateParams { Model = "claude-3-7-sonnet-latest", MaxTokens = 0, Messages = [] }))
                        if (streamEvent.TryPickContentBlockDelta(out var delta)) Console.Write(delta.Delta);
                }
            }
            """,
        ["top-level statements"] = """
            using Microsoft.Extensions.AI;

            IChatClient chat = null!;
            var options = new ChatOptions();
            var response = await chat.GetResponseAsync("x", options);
            System.Console.WriteLine(response.Text);
            await foreach (var update in chat.GetStreamingResponseAsync("y", new ChatOptions { MaxOutputTokens = -1 }))
                System.Console.Write(update.Text);
            """,
        ["Responses caps below the minimum and above the limit"] = """
            using System.Threading.Tasks;
            using OpenAI.Responses;

            class C
            {
                async Task<string> M(ResponsesClient client)
                {
                    var options = new CreateResponseOptions { Model = "gpt-4o", MaxOutputTokenCount = 8 };
                    var text = (await client.CreateResponseAsync(options)).Value.GetOutputText();
                    var other = new CreateResponseOptions("gpt-4o", []) { MaxOutputTokenCount = 100000 };
                    return text + (await client.CreateResponseAsync(other)).Value.GetOutputText();
                }
            }
            """,
        ["options omitted or null in named and static-call forms"] = """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            class C
            {
                async Task<Microsoft.Extensions.AI.ChatResponse> M(IChatClient chat, CancellationToken ct)
                {
                    await chat.GetResponseAsync("x", cancellationToken: ct);
                    await ChatClientExtensions.GetResponseAsync(chat, "y");
                    await chat.GetResponseAsync(chatMessage: "z");
                    await chat.GetResponseAsync("w", default);
                    await chat.GetResponseAsync("v", (ChatOptions?)null);
                    return await chat.GetResponseAsync(cancellationToken: ct, chatMessage: "u");
                }

                ChatCompletion N(ChatClient client, List<OpenAI.Chat.ChatMessage> messages, CancellationToken ct)
                {
                    client.CompleteChat(messages, cancellationToken: ct);
                    client.CompleteChat(messages: messages);
                    return client.CompleteChat(cancellationToken: ct, messages: messages);
                }
            }
            """,
    };
}
