// Test stub of Betalgo.OpenAI 8.7.2 object model (namespaces OpenAI.*) (sdk-surface.md §i).
using System.Collections.Generic;
using OpenAI.ObjectModels.SharedModels;

namespace OpenAI.ObjectModels
{
    public static class Models
    {
        public enum Model
        {
            Gpt_4o,
            Gpt_4o_mini,
        }

        public static string Gpt_4o => "gpt-4o";
        public static string Gpt_4o_mini => "gpt-4o-mini";
    }
}

namespace OpenAI.ObjectModels.RequestModels
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

namespace OpenAI.ObjectModels.ResponseModels
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

namespace OpenAI.ObjectModels.SharedModels
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
