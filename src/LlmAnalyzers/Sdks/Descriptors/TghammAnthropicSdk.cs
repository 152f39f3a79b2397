using System.Collections.Immutable;

namespace LlmAnalyzers.Sdks.Descriptors;

/// <summary>Anthropic.SDK 5.x by tghamm (sdk-surface.md §k). Stop reasons are raw strings; stream items are the same type as responses.</summary>
internal static class TghammAnthropicSdk
{
    private static readonly string[] Truncated = { "max_tokens", "model_context_window_exceeded" };

    public static readonly SdkDescriptor Descriptor = new("Anthropic.SDK", "Anthropic.SDK")
    {
        Requests = ImmutableArray.Create(
            new RequestDescriptor(
                "Anthropic.SDK.Messaging.MessagesEndpoint",
                "Anthropic.SDK.Messaging.MessageParameters",
                "MaxTokens",
                ("GetClaudeMessageAsync", RequestKind.Async),
                ("StreamClaudeMessageAsync", RequestKind.Streaming))
            {
                ModelMember = "Model",
                Provider = "Anthropic",
                StopMember = "StopSequences[]",
                StopRejectsWhitespace = true,
                ReasoningMembers = ImmutableArray.Create("Thinking"),

                // The client's beta header may raise the cap; 0 warms the prompt cache.
                AllowsBetaCaps = true,
                ZeroCapAllowed = true,
                MissingCapConsequence = "it stays 0, so the API rejects the request or generates nothing",

                // Interleaved thinking (a beta header the SDK adds for this flag) lets the budget exceed the cap.
                ThinkingBudget = new ThinkingBudget("Thinking.BudgetTokens", minimum: 1024, belowCap: true) { BelowCapWaiver = "Thinking.UseInterleavedThinking" },
            }),
        Responses = ImmutableArray.Create(
            new ResponseDescriptor(
                "Anthropic.SDK.Messaging.MessageResponse",
                contentMembers: new[] { "Content", "Message", "ToolCalls" },
                checkMembers: new[] { "StopReason" },
                new GuardSpec(".StopReason", ComparisonForm.String, null, Truncated))),
        Streams = ImmutableArray.Create(
            new StreamDescriptor(
                "Anthropic.SDK.Messaging.MessageResponse",
                contentMembers: new[] { "Anthropic.SDK.Messaging.Delta.Text", "Anthropic.SDK.Messaging.MessageResponse.Content", "Anthropic.SDK.Messaging.MessageResponse.Message" },
                checkSymbols: new[] { "Anthropic.SDK.Messaging.Delta.StopReason" },
                recordedType: "string?",
                recordedName: "stopReason",
                record: "{recorded} = {update}.Delta?.StopReason ?? {recorded};",
                new GuardSpec("", ComparisonForm.String, null, Truncated))),
    };
}
