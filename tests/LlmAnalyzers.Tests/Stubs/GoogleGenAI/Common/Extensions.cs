// Test stub of Google.GenAI's MEAI adapter (0.11.0+): the model id travels as defaultModelId.
using Google.GenAI;

namespace Microsoft.Extensions.AI
{
    public static class GoogleGenAIExtensions
    {
        public static IChatClient AsIChatClient(this Client client, string? defaultModelId = null) => throw null!;
        public static IChatClient AsIChatClient(this Models models, string? defaultModelId = null) => throw null!;
    }
}
