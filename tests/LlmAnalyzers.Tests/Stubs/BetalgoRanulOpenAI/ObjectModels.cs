// Test stub of Betalgo.Ranul.OpenAI 9.2.6 object model (sdk-surface.md §i).
using System.Collections.Generic;
using Betalgo.Ranul.OpenAI.Contracts.Enums;
using Betalgo.Ranul.OpenAI.ObjectModels.SharedModels;

namespace Betalgo.Ranul.OpenAI.ObjectModels
{
    public static class Models
    {
        public enum Model
        {
            Gpt_4o,
            Gpt_4o_mini,
            Gpt_4_1,
            O1,
            O3_mini,
        }

        public static string Gpt_4o => "gpt-4o";
        public static string Gpt_4o_mini => "gpt-4o-mini";
        public static string Gpt_4_1 => "gpt-4.1";
        public static string O1 => "o1";
        public static string O3_mini => "o3-mini";
    }
}

namespace Betalgo.Ranul.OpenAI.ObjectModels.RequestModels
{
    public class ChatCompletionCreateRequest
    {
        public IList<ChatMessage> Messages { get; set; } = new List<ChatMessage>();
        public string? Model { get; set; }
        // max_tokens; the API default is (context - prompt tokens).
        public int? MaxTokens { get; set; }
        // max_completion_tokens, includes reasoning tokens.
        public int? MaxCompletionTokens { get; set; }
        // Set Stop or StopAsList, not both; both serialize through StopCalculated.
        public string? Stop { get; set; }
        public IList<string>? StopAsList { get; set; }
        public IList<string>? StopCalculated => throw null!;
        public ReasoningEffort? ReasoningEffort { get; set; }
        public float? Temperature { get; set; }
    }

    public class ChatMessage
    {
        public ChatMessage() { }
        public ChatMessage(string role, string content) { Role = role; Content = content; }
        public string Role { get; set; } = "";
        public string? Content { get; set; }
        public static ChatMessage FromUser(string content) => new ChatMessage("user", content);
        public static ChatMessage FromSystem(string content) => new ChatMessage("system", content);
        public static ChatMessage FromAssistant(string content) => new ChatMessage("assistant", content);
    }

    public class CompletionCreateRequest
    {
        public string? Prompt { get; set; }
        public string? Model { get; set; }
        public int? MaxTokens { get; set; }
        public string? Stop { get; set; }
        public IList<string>? StopAsList { get; set; }
    }
}

namespace Betalgo.Ranul.OpenAI.ObjectModels.ResponseModels
{
    public class BaseResponse
    {
        public bool Successful => Error == null;
        public Error? Error { get; set; }
    }

    public class Error
    {
        public string? Code { get; set; }
        public string? Message { get; set; }
    }

    public class ChatCompletionCreateResponse : BaseResponse
    {
        public string? Id { get; set; }
        public string Model { get; set; } = "";
        public List<ChatChoiceResponse> Choices { get; set; } = new();
    }

    public class CompletionCreateResponse : BaseResponse
    {
        public string? Id { get; set; }
        public string Model { get; set; } = "";
        public List<ChoiceResponse> Choices { get; set; } = new();
    }
}

namespace Betalgo.Ranul.OpenAI.ObjectModels.SharedModels
{
    public class ChatChoiceResponse
    {
        public int? Index { get; set; }
        public RequestModels.ChatMessage Message { get; set; } = new();
        public RequestModels.ChatMessage Delta { get => Message; set => Message = value; }
        // Raw wire value ("stop", "length", ...); the SDK has no constants for it.
        public string FinishReason { get; set; } = "";
        public FinishDetailsResponse? FinishDetails { get; set; }
    }

    public class FinishDetailsResponse
    {
        public string Type { get; set; } = "";
        public string? Stop { get; set; }
    }

    public class ChoiceResponse
    {
        public int Index { get; set; }
        public string Text { get; set; } = "";
        public string FinishReason { get; set; } = "";
    }
}

namespace Betalgo.Ranul.OpenAI.Contracts.Enums
{
    public readonly struct ReasoningEffort : System.IEquatable<ReasoningEffort>
    {
        private readonly string _value;
        public ReasoningEffort(string value) { _value = value; }
        public static ReasoningEffort Low { get; } = new ReasoningEffort("low");
        public static ReasoningEffort Medium { get; } = new ReasoningEffort("medium");
        public static ReasoningEffort High { get; } = new ReasoningEffort("high");
        public static bool operator ==(ReasoningEffort left, ReasoningEffort right) => left.Equals(right);
        public static bool operator !=(ReasoningEffort left, ReasoningEffort right) => !left.Equals(right);
        public bool Equals(ReasoningEffort other) => _value == other._value;
        public override bool Equals(object? obj) => obj is ReasoningEffort other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }
}
