// Test stub of Microsoft.SemanticKernel.Abstractions 1.80.0 content types (sdk-surface.md §d.4).
using System.Collections.Generic;
using System.Text;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Microsoft.SemanticKernel
{
    public abstract class KernelContent
    {
        protected KernelContent(object? innerContent = null, string? modelId = null, IReadOnlyDictionary<string, object?>? metadata = null) { }

        // The provider's raw response (e.g. OpenAI.Chat.ChatCompletion, Bedrock ConverseResponse).
        public object? InnerContent { get; set; }
        public string? ModelId { get; set; }
        // Connector-specific; e.g. "FinishReason" (OpenAI: the enum name as a string; Gemini: GeminiFinishReason).
        public IReadOnlyDictionary<string, object?>? Metadata { get; set; }
        public string? MimeType { get; set; }
    }

    public abstract class StreamingKernelContent
    {
        protected StreamingKernelContent(object? innerContent, int choiceIndex = 0, string? modelId = null, IReadOnlyDictionary<string, object?>? metadata = null) { }

        public int ChoiceIndex { get; set; }
        public object? InnerContent { get; }
        public string? ModelId { get; }
        public IReadOnlyDictionary<string, object?>? Metadata { get; set; }
        public abstract override string ToString();
        public abstract byte[] ToByteArray();
    }

    public class ChatMessageContent : KernelContent
    {
        public ChatMessageContent() { }
        public ChatMessageContent(AuthorRole role, string? content, string? modelId = null, object? innerContent = null, Encoding? encoding = null, IReadOnlyDictionary<string, object?>? metadata = null)
            : base(innerContent, modelId, metadata) { }

        public AuthorRole Role { get; set; }
        public string? Content { get; set; }
        public string? AuthorName { get; set; }
        public override string ToString() => Content ?? string.Empty;
    }

    public class StreamingChatMessageContent : StreamingKernelContent
    {
        public StreamingChatMessageContent(AuthorRole? role, string? content, object? innerContent = null, int choiceIndex = 0, string? modelId = null, Encoding? encoding = null, IReadOnlyDictionary<string, object?>? metadata = null)
            : base(innerContent, choiceIndex, modelId, metadata) { }

        public string? Content { get; set; }
        public AuthorRole? Role { get; set; }
        public string? AuthorName { get; set; }
        public override string ToString() => Content ?? string.Empty;
        public override byte[] ToByteArray() => throw null!;
    }

    public class TextContent : KernelContent
    {
        public TextContent(string? text, string? modelId = null, object? innerContent = null, Encoding? encoding = null, IReadOnlyDictionary<string, object?>? metadata = null)
            : base(innerContent, modelId, metadata) { }

        public string? Text { get; set; }
        public override string ToString() => Text ?? string.Empty;
    }

    public class StreamingTextContent : StreamingKernelContent
    {
        public StreamingTextContent(string? text, int choiceIndex = 0, string? modelId = null, object? innerContent = null, Encoding? encoding = null, IReadOnlyDictionary<string, object?>? metadata = null)
            : base(innerContent, choiceIndex, modelId, metadata) { }

        public string? Text { get; set; }
        public override string ToString() => Text ?? string.Empty;
        public override byte[] ToByteArray() => throw null!;
    }
}
