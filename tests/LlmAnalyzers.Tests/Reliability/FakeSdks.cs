using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LlmAnalyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Tests.Reliability;

/// <summary>
/// Assemblies named like the supported SDKs (OpenAI, Anthropic, Microsoft.Extensions.AI.Abstractions, System.ClientModel)
/// whose types have other shapes: members missing, of other types or kinds, methods with other parameter lists.
/// </summary>
internal static class FakeSdks
{
    /// <summary>
    /// (name, references: the framework plus the fakes of that shape, extra source to add to the compilation, and code
    /// written against that shape, which compiles there).
    /// </summary>
    public static IEnumerable<(string Name, ImmutableArray<MetadataReference> References, string? Source, string Usage)> Shapes()
    {
        yield return ("members missing", Compile("missing", MissingOpenAI, MissingAnthropic, MissingExtensionsAI, null), null, MissingUsage);
        yield return ("members of other types", Compile("types", OtherTypesOpenAI, OtherTypesAnthropic, OtherTypesExtensionsAI, OddClientModel), null, OtherTypesUsage);
        yield return ("other kinds and parameter lists", Compile("kinds", OtherKindsOpenAI, OtherKindsAnthropic, OtherKindsExtensionsAI, OddClientModel), null, OtherKindsUsage);

        // The SDK types declared in the user's own code, with empty SDK assemblies referenced.
        yield return ("SDK types in source", Compile("source", "", "", "", null), OtherTypesOpenAI + OtherTypesAnthropic + OtherTypesExtensionsAI + OddClientModel, OtherTypesUsage);
    }

    private const string MissingUsage = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using OpenAI.Responses;

        class MissingShapes
        {
            async Task<object> All(ChatClient chat, ResponsesClient responses, AnthropicClient anthropic, IChatClient ai)
            {
                var options = new ChatCompletionOptions { Temperature = 1 };
                var completion = chat.CompleteChat([new UserChatMessage("hi")], options);
                var other = await chat.CompleteChatAsync([new UserChatMessage("hi")]);
                var response = responses.CreateResponse(new CreateResponseOptions());
                var message = await anthropic.Messages.Create(new MessageCreateParams { Model = "claude-opus-4-0" });
                var reply = await ai.GetResponseAsync([new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, "hi")], new ChatOptions());
                return (completion.Id, other, response, message.ID, reply.Text);
            }
        }
        """;

    private const string OtherTypesUsage = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using OpenAI.Responses;

        class OtherTypes
        {
            private readonly ChatClient _chat = new("gpt-4o", "key");

            async Task<string> Chat(List<OpenAI.Chat.ChatMessage> messages)
            {
                var options = new ChatCompletionOptions();
                options.MaxOutputTokenCount = "20000";
                var result = _chat.CompleteChat(messages, options);
                var completion = result.Value();
                ChatCompletion converted = _chat.CompleteChat(messages, new ChatCompletionOptions { MaxOutputTokenCount = "0" });
                var plain = (await _chat.CompleteChatAsync(messages, options)).Value();
                var text = "";
                await foreach (var update in _chat.CompleteChatStreamingAsync(messages, options))
                    text += update.ContentUpdate + update.FinishReason;
                var count = _chat.CompleteChatStreaming(messages, options);
                if (completion.FinishReason == "length")
                    return "";
                return JsonSerializer.Deserialize<string>(completion.Content + converted.Content + plain.Content) + text + count + _chat.CompleteChat(new UserChatMessage("hi")).Value().ToolCalls.Count;
            }

            int Responses(ResponsesClient client)
            {
                var options = new CreateResponseOptions { MaxOutputTokenCount = 5, Model = 4 };
                var response = client.CreateResponse(options);
                return response.GetOutputText + client.CreateResponseAsync(options).Status.Length;
            }

            async Task<string> Messages(AnthropicClient client)
            {
                var parameters = new MessageCreateParams { Model = Model.ClaudeOpus4_0, MaxTokens = "20000" };
                var message = await client.Messages.Create(parameters, 3);
                var streamed = client.Messages.CreateStreaming(parameters);
                var beta = new AnthropicClient { Timeout = null }.Beta.Create(parameters);
                return message.StopReason == StopReason.MaxTokens ? "" : message.Content + streamed.Content + beta;
            }

            async Task<string> Extensions(IChatClient client, List<Microsoft.Extensions.AI.ChatMessage> messages)
            {
                var options = new ChatOptions { MaxOutputTokens = 5L, ModelId = 4 };
                var response = await client.GetResponseAsync(options, messages);
                var text = response.Text() + client.GetResponseAsync("hi").Text() + response.Messages.Count;
                foreach (var update in client.GetStreamingResponseAsync("hi", options))
                    text += update.Text + (update.FinishReason == Microsoft.Extensions.AI.ChatFinishReason.Length);
                var aggregated = client.GetStreamingResponseAsync("hi").ToChatResponseAsync();
                return text + aggregated.Text() + response.FinishReason;
            }
        }
        """;

    private const string OtherKindsUsage = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        using Anthropic.Services;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;

        class OtherKinds
        {
            async Task<string> Chat(ChatClient chat)
            {
                var options = new ChatCompletionOptions(20000);
                options.MaxOutputTokenCount = 0;
                var generic = chat.CompleteChat(options, new UserChatMessage("hi"));
                var byRef = chat.CompleteChat(ref options, out var copy);
                var result = await chat.CompleteChatAsync();
                var completion = result.Value();
                var stream = ChatClient.CompleteChatStreaming(default);
                return generic.FinishReason + byRef.Content[0] + copy.Content.Length + completion.Content[0] + stream.FinishReason;
            }

            string Messages(AnthropicClient client)
            {
                var parameters = new MessageCreateParams { MaxTokens = 20000, Model = "claude-opus-4-0" };
                var message = client.Messages.Create(ref parameters);
                var structured = client.Messages.Create<string>("x");
                return message.StopReason() + message.Content[0] + structured;
            }

            async Task<object> Extensions(IChatClient client)
            {
                ChatOptions.MaxOutputTokens = 5;
                var response = await client.GetResponseAsync("hi", 5, null!);
                var streamed = await client.GetStreamingResponseAsync("hi");
                return response.Text + response.FinishReason + streamed.Text;
            }
        }
        """;

    private static ImmutableArray<MetadataReference> Compile(string shape, string openAI, string anthropic, string extensionsAI, string? clientModel)
    {
        var clientModelReference = clientModel is null ? [] : new[] { References.CompileStub("System.ClientModel", $"// {shape}\n" + clientModel) };
        return References.Framework
            .Add(References.CompileStub("OpenAI", $"// {shape}\n" + openAI, clientModelReference))
            .Add(References.CompileStub("Anthropic", $"// {shape}\n" + anthropic))
            .Add(References.CompileStub("Microsoft.Extensions.AI.Abstractions", $"// {shape}\n" + extensionsAI))
            .AddRange(clientModelReference);
    }

    private const string MissingOpenAI = """
        namespace OpenAI.Chat
        {
            public abstract class ChatMessage { }
            public class UserChatMessage : ChatMessage { public UserChatMessage(string text) { } }
            public class SystemChatMessage : ChatMessage { public SystemChatMessage(string text) { } }
            public class ChatCompletionOptions { public float? Temperature { get; set; } }
            public class ChatCompletion { public string? Id { get; set; } }
            public class ChatClient
            {
                public ChatClient(string model, string apiKey) { }
                public ChatCompletion CompleteChat(System.Collections.Generic.IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null) => new();
                public System.Threading.Tasks.Task<ChatCompletion> CompleteChatAsync(System.Collections.Generic.IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null) => System.Threading.Tasks.Task.FromResult(new ChatCompletion());
            }
        }
        namespace OpenAI.Responses
        {
            public class CreateResponseOptions { }
            public class ResponsesClient { public object CreateResponse(CreateResponseOptions options) => new(); }
        }
        """;

    private const string MissingAnthropic = """
        namespace Anthropic
        {
            public class AnthropicClient { public Anthropic.Services.IMessageService Messages => null!; }
        }
        namespace Anthropic.Services
        {
            public interface IMessageService { System.Threading.Tasks.Task<Anthropic.Models.Messages.Message> Create(Anthropic.Models.Messages.MessageCreateParams parameters); }
        }
        namespace Anthropic.Models.Messages
        {
            public class MessageCreateParams { public string? Model { get; set; } }
            public class Message { public string? ID { get; set; } }
        }
        """;

    private const string MissingExtensionsAI = """
        namespace Microsoft.Extensions.AI
        {
            public class ChatMessage { public ChatMessage(ChatRole role, string text) { } }
            public readonly struct ChatRole { public static ChatRole User => default; }
            public class ChatOptions { }
            public class ChatResponse { public string Text => ""; }
            public interface IChatClient
            {
                System.Threading.Tasks.Task<ChatResponse> GetResponseAsync(System.Collections.Generic.IEnumerable<ChatMessage> messages, ChatOptions? options = null, System.Threading.CancellationToken cancellationToken = default);
            }
        }
        """;

    private const string OtherTypesOpenAI = """
        namespace OpenAI.Chat
        {
            public abstract class ChatMessage { }
            public class UserChatMessage : ChatMessage { public UserChatMessage(string text) { } }
            public sealed class ChatFinishReason { public static readonly ChatFinishReason Length = new(), Stop = new(); }
            public class ChatCompletionOptions { public string? MaxOutputTokenCount { get; set; } }
            public class ChatCompletion
            {
                public string? FinishReason { get; set; }
                public string Content => "";
                public System.Collections.Generic.List<string> ToolCalls { get; } = new();
            }
            public class StreamingChatCompletionUpdate { public int FinishReason; public string ContentUpdate = ""; }
            public class ChatClient
            {
                public ChatClient(string model, string apiKey) { }
                public System.ClientModel.ClientResult<ChatCompletion> CompleteChat(System.Collections.Generic.IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null) => null!;
                public System.ClientModel.ClientResult<ChatCompletion> CompleteChat(params ChatMessage[] messages) => null!;
                public System.Threading.Tasks.Task<System.ClientModel.ClientResult<ChatCompletion>> CompleteChatAsync(System.Collections.Generic.IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null) => null!;
                public System.Collections.Generic.IAsyncEnumerable<StreamingChatCompletionUpdate> CompleteChatStreamingAsync(System.Collections.Generic.IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null) => null!;
                public int CompleteChatStreaming(System.Collections.Generic.IEnumerable<ChatMessage> messages, ChatCompletionOptions? options = null) => 0;
            }
        }
        namespace OpenAI.Responses
        {
            public class CreateResponseOptions { public long MaxOutputTokenCount; public int Model { get; set; } }
            public class ResponseResult { public string Status = ""; public int GetOutputText; }
            public class ResponsesClient { public ResponseResult CreateResponse(CreateResponseOptions options) => new(); public ResponseResult CreateResponseAsync(CreateResponseOptions options) => new(); }
        }
        """;

    private const string OtherTypesAnthropic = """
        namespace Anthropic
        {
            public class AnthropicClient
            {
                public System.TimeSpan? Timeout { get; init; }
                public Anthropic.Services.IMessageService Messages => null!;
                public Anthropic.Services.Beta.IMessageService Beta => null!;
            }
        }
        namespace Anthropic.Services
        {
            public interface IMessageService
            {
                System.Threading.Tasks.Task<Anthropic.Models.Messages.Message> Create(Anthropic.Models.Messages.MessageCreateParams parameters, int retries);
                Anthropic.Models.Messages.Message CreateStreaming(Anthropic.Models.Messages.MessageCreateParams parameters);
            }
        }
        namespace Anthropic.Services.Beta
        {
            public interface IMessageService { string Create(object parameters); }
        }
        namespace Anthropic.Models.Messages
        {
            public enum Model { ClaudeOpus4_0, ClaudeSonnet4_5 }
            public class MessageCreateParams { public string MaxTokens { get; set; } = ""; public Model Model { get; set; } public object[] Messages { get; set; } = []; }
            public class Message { public int StopReason { get; set; } public string Content => ""; }
            public static class StopReason { public const int MaxTokens = 1; }
        }
        """;

    private const string OtherTypesExtensionsAI = """
        namespace Microsoft.Extensions.AI
        {
            public class ChatMessage { public ChatMessage(ChatRole role, string text) { } }
            public enum ChatRole { User, Assistant }
            public enum ChatFinishReason { Stop, Length }
            public class ChatOptions { public long? MaxOutputTokens { get; set; } public int ModelId; }
            public class ChatResponse { public string? FinishReason; public System.Collections.Generic.List<ChatMessage> Messages = new(); public string Text() => ""; }
            public class ChatResponseUpdate { public ChatFinishReason FinishReason { get; set; } public string Text => ""; }
            public interface IChatClient
            {
                System.Threading.Tasks.Task<ChatResponse> GetResponseAsync(ChatOptions options, System.Collections.Generic.IEnumerable<ChatMessage> messages);
                System.Collections.Generic.IEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(string text, ChatOptions? options = null);
            }
            public static class ChatClientExtensions
            {
                public static ChatResponse GetResponseAsync(this IChatClient client, string text, ChatOptions? options = null) => new();
            }
            public static class ChatResponseExtensions
            {
                public static ChatResponse ToChatResponseAsync(this System.Collections.Generic.IEnumerable<ChatResponseUpdate> updates) => new();
            }
        }
        """;

    private const string OtherKindsOpenAI = """
        namespace OpenAI.Chat
        {
            public abstract class ChatMessage { }
            public class UserChatMessage : ChatMessage { public UserChatMessage(string text) { } }
            public struct ChatCompletionOptions { public int? MaxOutputTokenCount; public ChatCompletionOptions(int cap) { MaxOutputTokenCount = cap; } }
            public enum ChatFinishReason { Stop, Length }
            public class ChatCompletion { public ChatFinishReason FinishReason => default; public string[] Content = []; }
            public class ChatClient
            {
                public ChatClient(string model, string apiKey) { }
                public ChatCompletion CompleteChat<T>(T options, params ChatMessage[] messages) => new();
                public ChatCompletion CompleteChat(ref ChatCompletionOptions options, out ChatCompletion copy) { copy = new(); return copy; }
                public System.Threading.Tasks.Task<System.ClientModel.ClientResult<ChatCompletion>> CompleteChatAsync(ChatCompletionOptions options = default) => null!;
                public static ChatCompletion CompleteChatStreaming(ChatCompletionOptions options) => new();
            }
        }
        """;

    private const string OtherKindsAnthropic = """
        namespace Anthropic
        {
            public class AnthropicClient { public Anthropic.Services.IMessageService Messages = null!; public object Beta = new(); }
        }
        namespace Anthropic.Services
        {
            public interface IMessageService { Anthropic.Models.Messages.Message Create(ref Anthropic.Models.Messages.MessageCreateParams parameters); }
            public static class MessageServiceExtensions { public static int Create<T>(this IMessageService service, T parameters) => 0; }
        }
        namespace Anthropic.Models.Messages
        {
            public struct MessageCreateParams { public long MaxTokens; public string Model; }
            public struct Message { public string StopReason() => ""; public System.Collections.Generic.IReadOnlyList<string> Content => []; }
        }
        """;

    private const string OtherKindsExtensionsAI = """
        namespace Microsoft.Extensions.AI
        {
            public class ChatMessage { }
            public static class ChatOptions { public static int MaxOutputTokens; }
            public interface ChatResponse { string Text { get; } object FinishReason { get; } }
            public delegate System.Threading.Tasks.Task<ChatResponse> GetResponseAsync(string text);
            public interface IChatClient
            {
                System.Threading.Tasks.Task<ChatResponse> GetResponseAsync(params object[] anything);
                GetResponseAsync GetStreamingResponseAsync { get; }
            }
        }
        """;

    private const string OddClientModel = """
        namespace System.ClientModel
        {
            public class ClientResult<T> { public T Value() => default!; public static implicit operator T(ClientResult<T> result) => default!; }
            public class BinaryContent { }
        }
        """;
}
