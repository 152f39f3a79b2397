// Test stub of OpenAI 2.7: the chat surface of §a.2-a.4 as it already was.
#nullable disable
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Chat
{
    public class ChatClient
    {
        protected ChatClient() { }
        public ChatClient(string model, string apiKey) { }
        public ChatClient(string model, ApiKeyCredential credential) { }
        public ChatClient(string model, ApiKeyCredential credential, OpenAIClientOptions options) { }

        public virtual Task<ClientResult<ChatCompletion>> CompleteChatAsync(IEnumerable<ChatMessage> messages, ChatCompletionOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual ClientResult<ChatCompletion> CompleteChat(IEnumerable<ChatMessage> messages, ChatCompletionOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<ClientResult<ChatCompletion>> CompleteChatAsync(params ChatMessage[] messages) => throw null!;
        public virtual ClientResult<ChatCompletion> CompleteChat(params ChatMessage[] messages) => throw null!;
        public virtual AsyncCollectionResult<StreamingChatCompletionUpdate> CompleteChatStreamingAsync(IEnumerable<ChatMessage> messages, ChatCompletionOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual CollectionResult<StreamingChatCompletionUpdate> CompleteChatStreaming(IEnumerable<ChatMessage> messages, ChatCompletionOptions options = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual AsyncCollectionResult<StreamingChatCompletionUpdate> CompleteChatStreamingAsync(params ChatMessage[] messages) => throw null!;
        public virtual CollectionResult<StreamingChatCompletionUpdate> CompleteChatStreaming(params ChatMessage[] messages) => throw null!;

        // Protocol methods: raw JSON body.
        public virtual Task<ClientResult> CompleteChatAsync(BinaryContent content, RequestOptions options = null) => throw null!;
        public virtual ClientResult CompleteChat(BinaryContent content, RequestOptions options = null) => throw null!;
    }

    public class ChatCompletionOptions
    {
        public int? MaxOutputTokenCount { get; set; }
        public IList<string> StopSequences { get; } = new List<string>();
        public ChatReasoningEffortLevel? ReasoningEffortLevel { get; set; }
        public float? Temperature { get; set; }
        public ChatResponseFormat ResponseFormat { get; set; }
    }

    public readonly struct ChatReasoningEffortLevel : System.IEquatable<ChatReasoningEffortLevel>
    {
        private readonly string _value;
        public ChatReasoningEffortLevel(string value) { _value = value; }
        public static ChatReasoningEffortLevel Minimal { get; } = new ChatReasoningEffortLevel("minimal");
        public static ChatReasoningEffortLevel Low { get; } = new ChatReasoningEffortLevel("low");
        public static ChatReasoningEffortLevel Medium { get; } = new ChatReasoningEffortLevel("medium");
        public static ChatReasoningEffortLevel High { get; } = new ChatReasoningEffortLevel("high");
        public static bool operator ==(ChatReasoningEffortLevel left, ChatReasoningEffortLevel right) => left.Equals(right);
        public static bool operator !=(ChatReasoningEffortLevel left, ChatReasoningEffortLevel right) => !left.Equals(right);
        public static implicit operator ChatReasoningEffortLevel(string value) => new ChatReasoningEffortLevel(value);
        public bool Equals(ChatReasoningEffortLevel other) => string.Equals(_value, other._value, System.StringComparison.InvariantCultureIgnoreCase);
        public override bool Equals(object obj) => obj is ChatReasoningEffortLevel other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    public class ChatResponseFormat
    {
        internal ChatResponseFormat() { }
        public static ChatResponseFormat CreateTextFormat() => throw null!;
        public static ChatResponseFormat CreateJsonObjectFormat() => throw null!;
    }

    public abstract class ChatMessage
    {
        public ChatMessageContent Content { get; } = new ChatMessageContent();
        public static UserChatMessage CreateUserMessage(string content) => new UserChatMessage(content);
        public static SystemChatMessage CreateSystemMessage(string content) => new SystemChatMessage(content);
        public static AssistantChatMessage CreateAssistantMessage(string content) => new AssistantChatMessage(content);
    }

    public class UserChatMessage : ChatMessage { public UserChatMessage(string content) { } }
    public class SystemChatMessage : ChatMessage { public SystemChatMessage(string content) { } }
    public class AssistantChatMessage : ChatMessage
    {
        public AssistantChatMessage(string content) { }
        public AssistantChatMessage(ChatCompletion chatCompletion) { }
    }

    public class ChatMessageContent : Collection<ChatMessageContentPart>
    {
        public ChatMessageContent() { }
    }

    public class ChatMessageContentPart
    {
        internal ChatMessageContentPart() { }
        public string Text { get; }
    }

    public enum ChatFinishReason
    {
        Stop = 0,
        Length = 1,
        ContentFilter = 2,
        ToolCalls = 3,
        FunctionCall = 4,
    }

    public class ChatCompletion
    {
        internal ChatCompletion() { }
        public string Id { get; }
        public string Model { get; }
        public ChatFinishReason FinishReason { get; }
        public ChatMessageContent Content { get; }
        public string Refusal { get; }
        public static explicit operator ChatCompletion(ClientResult result) => throw null!;
    }

    public class StreamingChatCompletionUpdate
    {
        internal StreamingChatCompletionUpdate() { }
        public string CompletionId { get; }
        public ChatFinishReason? FinishReason { get; }
        public ChatMessageContent ContentUpdate { get; }
    }
}
