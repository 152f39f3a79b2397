// Test stub of Anthropic.SDK 5.10.0 messaging model (sdk-surface.md §k).
#nullable disable
using System.Collections.Generic;

namespace Anthropic.SDK.Messaging
{
    public class MessageCountTokenParameters
    {
        public string Model { get; set; }
        public List<Message> Messages { get; set; }
        public List<SystemMessage> System { get; set; }
    }

    public class MessageParameters : MessageCountTokenParameters
    {
        // Not nullable: the default 0 is rejected by the API.
        public int MaxTokens { get; set; }
        public string[] StopSequences { get; set; }
        public ThinkingParameters Thinking { get; set; }
        public decimal? Temperature { get; set; }
        public decimal? TopP { get; set; }
        public int? TopK { get; set; }
        public bool? Stream { get; set; }
    }

    public class ThinkingParameters
    {
        public ThinkingType Type { get; set; } = ThinkingType.enabled;
        public int? BudgetTokens { get; set; }
        public bool UseInterleavedThinking { get; set; }
        public ThinkingEffort? Effort { get; set; }
    }

    public enum ThinkingType
    {
        enabled,
        adaptive,
    }

    public enum ThinkingEffort
    {
        low,
        medium,
        high,
        max,
    }

    public enum RoleType
    {
        User,
        Assistant,
    }

    public class Message
    {
        public Message() { }
        public Message(RoleType role, string text) { }
        public RoleType Role { get; set; }
        public List<ContentBase> Content { get; set; }
        public override string ToString() => throw null!;
    }

    public class SystemMessage
    {
        public SystemMessage(string text) { }
        public string Text { get; set; }
    }

    public abstract class ContentBase
    {
        public abstract string Type { get; }
    }

    public class TextContent : ContentBase
    {
        public override string Type => "text";
        public string Text { get; set; }
    }

    public class MessageResponse
    {
        public string Id { get; set; }
        public string Type { get; set; }
        public RoleType Role { get; set; }
        public List<ContentBase> Content { get; set; }
        public string Model { get; set; }
        // Raw wire value ("end_turn", "max_tokens", ...); no constants.
        public string StopReason { get; set; }
        public object StopSequence { get; set; }
        public Usage Usage { get; set; }
        // Streaming: the message_delta event's Delta carries the stop reason.
        public Delta Delta { get; set; }
        public StreamMessage StreamStartMessage { get; set; }
        // Convenience: the response content as an assistant message.
        public Message Message => throw null!;
    }

    public class Delta
    {
        public string Type { get; set; }
        public string Text { get; set; }
        public string StopReason { get; set; }
        public string StopSequence { get; set; }
    }

    public class StreamMessage
    {
        public string Id { get; set; }
        public string Model { get; set; }
        public object StopReason { get; set; }
        public Usage Usage { get; set; }
    }

    public class Usage
    {
        public int InputTokens { get; set; }
        public int OutputTokens { get; set; }
    }
}
