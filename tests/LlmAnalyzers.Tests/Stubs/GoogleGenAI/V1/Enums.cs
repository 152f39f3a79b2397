// Google.GenAI ≥ 1.0: enums became string-backed readonly record structs with PascalCase static properties.
using System.Collections.Generic;

namespace Google.GenAI.Types
{
    public readonly record struct FinishReason
    {
        public FinishReason(string value) { Value = value; }

        public string Value { get; }

        public static FinishReason FinishReasonUnspecified { get; } = new("FINISH_REASON_UNSPECIFIED");
        public static FinishReason Stop { get; } = new("STOP");
        public static FinishReason MaxTokens { get; } = new("MAX_TOKENS");
        public static FinishReason Safety { get; } = new("SAFETY");
        public static FinishReason Recitation { get; } = new("RECITATION");
        public static FinishReason Language { get; } = new("LANGUAGE");
        public static FinishReason Other { get; } = new("OTHER");
        public static FinishReason Blocklist { get; } = new("BLOCKLIST");
        public static FinishReason ProhibitedContent { get; } = new("PROHIBITED_CONTENT");
        public static FinishReason Spii { get; } = new("SPII");
        public static FinishReason MalformedFunctionCall { get; } = new("MALFORMED_FUNCTION_CALL");
        public static FinishReason ImageSafety { get; } = new("IMAGE_SAFETY");
        public static FinishReason UnexpectedToolCall { get; } = new("UNEXPECTED_TOOL_CALL");
        public static FinishReason ImageProhibitedContent { get; } = new("IMAGE_PROHIBITED_CONTENT");
        public static FinishReason NoImage { get; } = new("NO_IMAGE");
        public static FinishReason ImageRecitation { get; } = new("IMAGE_RECITATION");
        public static FinishReason ImageOther { get; } = new("IMAGE_OTHER");
        public static FinishReason TooManyToolCalls { get; } = new("TOO_MANY_TOOL_CALLS");

        public static IReadOnlyList<FinishReason> AllValues => throw null!;
        public static FinishReason FromString(string value) => new(value);
        public static implicit operator FinishReason(string value) => new(value);
        public override string ToString() => Value;
    }

    public readonly record struct ThinkingLevel
    {
        public ThinkingLevel(string value) { Value = value; }

        public string Value { get; }

        public static ThinkingLevel ThinkingLevelUnspecified { get; } = new("THINKING_LEVEL_UNSPECIFIED");
        public static ThinkingLevel Minimal { get; } = new("MINIMAL");
        public static ThinkingLevel Low { get; } = new("LOW");
        public static ThinkingLevel Medium { get; } = new("MEDIUM");
        public static ThinkingLevel High { get; } = new("HIGH");

        public static IReadOnlyList<ThinkingLevel> AllValues => throw null!;
        public static ThinkingLevel FromString(string value) => new(value);
        public static implicit operator ThinkingLevel(string value) => new(value);
        public override string ToString() => Value;
    }
}
