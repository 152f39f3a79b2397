using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Configuration;

/// <summary>The <c>llm_analyzers.*</c> options read from .editorconfig.</summary>
internal static class LlmOptions
{
    public const string DefaultMaxOutputTokensKey = "llm_analyzers.default_max_output_tokens";
    public const int DefaultMaxOutputTokens = 1024;

    /// <summary>The cap a fix inserts. A missing or malformed value falls back to the default.</summary>
    public static int GetDefaultMaxOutputTokens(AnalyzerConfigOptions options)
        => options.TryGetValue(DefaultMaxOutputTokensKey, out var text)
           && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
           && value > 0
            ? value
            : DefaultMaxOutputTokens;
}
