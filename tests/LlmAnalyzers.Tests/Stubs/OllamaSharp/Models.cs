// Test stub of OllamaSharp 5.4.25 request/response models (sdk-surface.md §j).
using System.Collections.Generic;

namespace OllamaSharp.Models
{
    public class RequestOptions
    {
        // num_predict; Ollama's default is 128, -1 = infinite, -2 = fill context.
        public int? NumPredict { get; set; }
        public int? NumCtx { get; set; }
        public string[]? Stop { get; set; }
        public float? Temperature { get; set; }
    }

    public class GenerateRequest
    {
        public string Model { get; set; } = null!;
        public string Prompt { get; set; } = null!;
        public string? System { get; set; }
        public RequestOptions? Options { get; set; }
        public bool Stream { get; set; } = true;
        public object? Format { get; set; }
        public Chat.ThinkValue? Think { get; set; }
    }

    public class GenerateResponseStream
    {
        public string Model { get; set; } = null!;
        public string Response { get; set; } = null!;
        public bool Done { get; set; }
    }

    public class GenerateDoneResponseStream : GenerateResponseStream
    {
        // "stop", "length", ...
        public string? DoneReason { get; set; }
        public int EvalCount { get; set; }
        public int PromptEvalCount { get; set; }
        public long[]? Context { get; set; }
    }
}

namespace OllamaSharp.Models.Chat
{
    public class ChatRequest
    {
        public string Model { get; set; } = null!;
        public IEnumerable<Message>? Messages { get; set; }
        public RequestOptions? Options { get; set; }
        public bool Stream { get; set; } = true;
        public object? Format { get; set; }
        public ThinkValue? Think { get; set; }
    }

    public class Message
    {
        public Message() { }
        public Message(ChatRole role, string content) { Role = role; Content = content; }
        public ChatRole? Role { get; set; }
        public string? Content { get; set; }
    }

    public readonly struct ChatRole : System.IEquatable<ChatRole>
    {
        private readonly string _role;
        public ChatRole(string role) { _role = role; }
        public static ChatRole System { get; } = new ChatRole("system");
        public static ChatRole User { get; } = new ChatRole("user");
        public static ChatRole Assistant { get; } = new ChatRole("assistant");
        public static ChatRole Tool { get; } = new ChatRole("tool");
        public static bool operator ==(ChatRole left, ChatRole right) => left.Equals(right);
        public static bool operator !=(ChatRole left, ChatRole right) => !left.Equals(right);
        public bool Equals(ChatRole other) => string.Equals(_role, other._role, global::System.StringComparison.OrdinalIgnoreCase);
        public override bool Equals(object? obj) => obj is ChatRole other && Equals(other);
        public override int GetHashCode() => _role?.GetHashCode() ?? 0;
        public override string ToString() => _role;
    }

    public class ChatResponseStream
    {
        public string Model { get; set; } = null!;
        public Message Message { get; set; } = null!;
        public bool Done { get; set; }
    }

    // Last item of a chat stream.
    public class ChatDoneResponseStream : ChatResponseStream
    {
        // "stop", "length", ...
        public string? DoneReason { get; set; }
        public int EvalCount { get; set; }
        public int PromptEvalCount { get; set; }
        public long TotalDuration { get; set; }
    }

    // think: a bool, or a level string.
    public readonly struct ThinkValue
    {
        public const string High = "high";
        public const string Medium = "medium";
        public const string Low = "low";

        public ThinkValue(bool value) { }
        public ThinkValue(string value) { }
        public static implicit operator ThinkValue(bool value) => new ThinkValue(value);
        public static implicit operator ThinkValue(string value) => new ThinkValue(value);
    }
}
