// Google.GenAI < 1.0: C# enums with UPPER_SNAKE members.
namespace Google.GenAI.Types
{
    public enum FinishReason
    {
        FINISH_REASON_UNSPECIFIED,
        STOP,
        MAX_TOKENS,
        SAFETY,
        RECITATION,
        LANGUAGE,
        OTHER,
        BLOCKLIST,
        PROHIBITED_CONTENT,
        SPII,
        MALFORMED_FUNCTION_CALL,
        IMAGE_SAFETY,
        UNEXPECTED_TOOL_CALL,
        IMAGE_PROHIBITED_CONTENT,
        NO_IMAGE,
        IMAGE_RECITATION,
        IMAGE_OTHER,
    }

    public enum ThinkingLevel
    {
        THINKING_LEVEL_UNSPECIFIED,
        LOW,
        HIGH,
        MINIMAL,
        MEDIUM,
    }
}
