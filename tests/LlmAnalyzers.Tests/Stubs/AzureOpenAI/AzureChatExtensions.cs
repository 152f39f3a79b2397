// Test stub of Azure.AI.OpenAI 2.x (sdk-surface.md §f.2).
#nullable disable
using System.Diagnostics.CodeAnalysis;
using OpenAI.Chat;

namespace Azure.AI.OpenAI.Chat
{
    [Experimental("AOAI001")]
    public static class AzureChatExtensions
    {
        // Without this (true), MaxOutputTokenCount is sent as the legacy "max_tokens".
        [Experimental("AOAI001")]
        public static void SetNewMaxCompletionTokensPropertyEnabled(this ChatCompletionOptions options, bool newPropertyEnabled = true) { }
    }
}
