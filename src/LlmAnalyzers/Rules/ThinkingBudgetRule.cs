using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0007: a constant thinking budget below the API minimum, not below the cap it counts toward, or outside the model's range.</summary>
internal static class ThinkingBudgetRule
{
    public static void Analyze(OperationAnalysisContext context, RequestFacts facts, AnalysisState state)
    {
        if (facts.Budget is not { Values.IsEmpty: false } budget || facts.Request.Descriptor.ThinkingBudget is not { } rule)
            return;

        var member = facts.Request.Members[facts.Request.BudgetIndex].Steps.Last()[0];
        var caps = facts.Cap.IsSetOnEveryPath ? facts.ConstantCaps().ToList() : new();
        var cap = caps.Count == 1 ? caps[0] : default((IOperation Value, long Tokens)?);
        foreach (var (value, tokens) in RequestFacts.ConstantIntegers(budget))
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            string problem;
            if (rule.ModelRange)
            {
                if (facts.Limits?.Catalog?.ThinkingBudget is not { } range || tokens == -1 || (tokens >= range.Min && tokens <= range.Max))
                    continue;
                problem = $"is outside the {range.Min.ToString(CultureInfo.InvariantCulture)}–{range.Max.ToString(CultureInfo.InvariantCulture)} range of '{facts.ModelId}'";
                properties = ValueFixes.Add(properties, ValueFixes.SetBudget, value, tokens < range.Min ? range.Min : range.Max);
            }
            else if (tokens < rule.Minimum)
            {
                problem = $"is below the minimum of {rule.Minimum.ToString(CultureInfo.InvariantCulture)}";
                if (cap is null || rule.Minimum < cap.Value.Tokens)
                    properties = ValueFixes.Add(properties, ValueFixes.SetBudget, value, rule.Minimum);
            }
            else if (rule.BelowCap && cap is { } known && tokens >= known.Tokens && !facts.BudgetMayExceedCap)
            {
                problem = $"is not below {facts.CapName(known.Value)} {known.Tokens.ToString(CultureInfo.InvariantCulture)}: thinking tokens count toward that limit";
                properties = ValueFixes.Add(properties, ValueFixes.RaiseMaxTokens, known.Value, tokens + facts.Config.DefaultMaxOutputTokens);
                if (known.Tokens - 1 >= rule.Minimum)
                    properties = ValueFixes.Add(properties, ValueFixes.LowerBudget, value, known.Tokens - 1);
            }
            else
            {
                continue;
            }

            state.ReportOnce(context, Diagnostic.Create(
                DiagnosticDescriptors.LLM0007_ThinkingBudgetUnusable,
                value.Syntax.GetLocation(),
                GuardProperties.With(properties, facts.Response),
                member,
                tokens.ToString(CultureInfo.InvariantCulture),
                problem));
        }
    }
}
