using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>
/// Fixes that replace a token count in the code with another number, described in diagnostic properties so that one
/// fixer applies them all: "Fix.0", "Fix.1"… = "equivalenceKey|start:length|tokens".
/// </summary>
internal static class ValueFixes
{
    public const string LowerToModelLimit = "LLM0003_LowerToModelLimit";
    public const string UseDefaultLimit = "LLM0006_UseDefaultLimit";
    public const string RaiseMaxTokens = "LLM0007_RaiseMaxTokens";
    public const string LowerBudget = "LLM0007_LowerBudget";
    public const string SetBudget = "LLM0007_SetBudget";
    public const string LowerToCeiling = "LLM0010_LowerToCeiling";
    public const string RaiseForReasoning = "LLM0011_RaiseForReasoning";

    public static ImmutableDictionary<string, string?> Add(ImmutableDictionary<string, string?> properties, string key, IOperation value, long tokens)
    {
        var index = properties.Keys.Count(k => k.StartsWith(DiagnosticProperties.ValueFixPrefix, System.StringComparison.Ordinal));
        return properties.Add(
            DiagnosticProperties.ValueFixPrefix + index.ToString(CultureInfo.InvariantCulture),
            key + "|" + GuardProperties.Format(value.Syntax.Span) + "|" + tokens.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The title a fix shows for its key and number.</summary>
    public static string Title(string key, string tokens) => key switch
    {
        LowerToModelLimit => $"Lower to the model's limit ({tokens})",
        UseDefaultLimit => $"Use an output-token limit of {tokens}",
        RaiseMaxTokens => $"Raise the output-token limit to {tokens}",
        LowerBudget => $"Lower the thinking budget to {tokens}",
        SetBudget => $"Set the thinking budget to {tokens}",
        LowerToCeiling => $"Lower to the team ceiling ({tokens})",
        RaiseForReasoning => $"Raise to {tokens} tokens",
        _ => $"Use {tokens}",
    };
}
