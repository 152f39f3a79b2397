// Test stub of Azure.AI.Inference 1.0.0-beta.5 (sdk-surface.md §e): options, messages, responses.
#nullable disable
using System;
using System.Collections.Generic;

namespace Azure.AI.Inference
{
    public class ChatCompletionsOptions
    {
        public ChatCompletionsOptions() { }
        public ChatCompletionsOptions(IEnumerable<ChatRequestMessage> messages) { }

        public IList<ChatRequestMessage> Messages { get; set; }
        public int? MaxTokens { get; set; }
        public IList<string> StopSequences { get; } = new List<string>();
        public string Model { get; set; }
        public float? Temperature { get; set; }
        public float? NucleusSamplingFactor { get; set; }
        public float? FrequencyPenalty { get; set; }
        public float? PresencePenalty { get; set; }
        public long? Seed { get; set; }
        public IDictionary<string, BinaryData> AdditionalProperties { get; } = new Dictionary<string, BinaryData>();
    }

    public abstract class ChatRequestMessage
    {
        public ChatRole Role { get; protected set; }
    }

    public class ChatRequestSystemMessage : ChatRequestMessage
    {
        public ChatRequestSystemMessage(string content) { }
        public string Content { get; }
    }

    public class ChatRequestUserMessage : ChatRequestMessage
    {
        public ChatRequestUserMessage(string content) { }
        public string Content { get; }
    }

    public class ChatRequestAssistantMessage : ChatRequestMessage
    {
        public ChatRequestAssistantMessage(string content) { }
        public string Content { get; set; }
    }

    public readonly struct ChatRole : IEquatable<ChatRole>
    {
        private readonly string _value;
        public ChatRole(string value) { _value = value; }
        public static ChatRole System { get; } = new ChatRole("system");
        public static ChatRole User { get; } = new ChatRole("user");
        public static ChatRole Assistant { get; } = new ChatRole("assistant");
        public static ChatRole Tool { get; } = new ChatRole("tool");
        public static bool operator ==(ChatRole left, ChatRole right) => left.Equals(right);
        public static bool operator !=(ChatRole left, ChatRole right) => !left.Equals(right);
        public static implicit operator ChatRole(string value) => new ChatRole(value);
        public bool Equals(ChatRole other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);
        public override bool Equals(object obj) => obj is ChatRole other && Equals(other);
        public override int GetHashCode() => _value?.ToLowerInvariant().GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    // Flattened in beta.2: the first choice's members are on ChatCompletions itself.
    public class ChatCompletions
    {
        internal ChatCompletions() { }
        public string Id { get; }
        public DateTimeOffset Created { get; }
        public string Model { get; }
        public CompletionsUsage Usage { get; }
        public CompletionsFinishReason? FinishReason { get; }
        public ChatRole Role { get; }
        public string Content { get; }
    }

    public class ChatChoice
    {
        internal ChatChoice() { }
        public int Index { get; }
        public CompletionsFinishReason? FinishReason { get; }
        public ChatResponseMessage Message { get; }
    }

    public class ChatResponseMessage
    {
        internal ChatResponseMessage() { }
        public ChatRole Role { get; }
        public string Content { get; }
    }

    public class CompletionsUsage
    {
        internal CompletionsUsage() { }
        public int CompletionTokens { get; }
        public int PromptTokens { get; }
        public int TotalTokens { get; }
    }

    public class StreamingChatCompletionsUpdate
    {
        internal StreamingChatCompletionsUpdate() { }
        public string Id { get; }
        public string Model { get; }
        public ChatRole? Role { get; }
        public string ContentUpdate { get; }
        public CompletionsFinishReason? FinishReason { get; }
        public CompletionsUsage Usage { get; }
        public IReadOnlyList<StreamingChatChoiceUpdate> Choices { get; }
    }

    public class StreamingChatChoiceUpdate
    {
        internal StreamingChatChoiceUpdate() { }
        public int Index { get; }
        public CompletionsFinishReason? FinishReason { get; }
        public StreamingChatResponseMessageUpdate Delta { get; }
    }

    public class StreamingChatResponseMessageUpdate
    {
        internal StreamingChatResponseMessageUpdate() { }
        public ChatRole? Role { get; }
        public string Content { get; }
    }

    // String-backed extensible enum; equality ignores case.
    public readonly struct CompletionsFinishReason : IEquatable<CompletionsFinishReason>
    {
        private readonly string _value;
        public CompletionsFinishReason(string value) { _value = value ?? throw new ArgumentNullException(nameof(value)); }
        public static CompletionsFinishReason Stopped { get; } = new CompletionsFinishReason("stop");
        public static CompletionsFinishReason TokenLimitReached { get; } = new CompletionsFinishReason("length");
        public static CompletionsFinishReason ContentFiltered { get; } = new CompletionsFinishReason("content_filter");
        public static CompletionsFinishReason ToolCalls { get; } = new CompletionsFinishReason("tool_calls");
        public static bool operator ==(CompletionsFinishReason left, CompletionsFinishReason right) => left.Equals(right);
        public static bool operator !=(CompletionsFinishReason left, CompletionsFinishReason right) => !left.Equals(right);
        public static implicit operator CompletionsFinishReason(string value) => new CompletionsFinishReason(value);
        public bool Equals(CompletionsFinishReason other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);
        public override bool Equals(object obj) => obj is CompletionsFinishReason other && Equals(other);
        public override int GetHashCode() => _value?.ToLowerInvariant().GetHashCode() ?? 0;
        public override string ToString() => _value;
    }
}
