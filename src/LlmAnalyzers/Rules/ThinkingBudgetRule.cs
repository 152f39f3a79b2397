using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0007: a constant thinking budget below the API minimum, not below the cap it counts toward, or outside the model's range.</summary>
internal static class ThinkingBudgetRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        if (facts.Budget is not { Values.IsEmpty: false } budget || facts.Request.Descriptor.ThinkingBudget is not { } rule)
            return;

        var member = facts.Request.Members[facts.Request.BudgetIndex].Steps.Last()[0];
        var caps = facts.Cap.IsSetOnEveryPath ? facts.ConstantCaps().ToList() : new();
        var cap = caps.Count == 1 ? caps[0] : default((IOperation Value, long Tokens)?);
        var range = rule.ModelRange ? facts.Limits?.Catalog?.ThinkingBudget : null;
        var minimum = range?.Min ?? rule.Minimum;
        foreach (var (value, tokens) in RequestFacts.ConstantIntegers(budget))
        {
            // Model ranges: -1 asks for a dynamic budget; 0 turns thinking off where the model allows it, which the catalog does not say.
            if (rule.ModelRange && tokens is -1 or 0)
                continue;

            var properties = ImmutableDictionary<string, string?>.Empty;
            string problem;
            if (range is { } known && (tokens < known.Min || tokens > known.Max))
            {
                problem = $"is outside the {known.Min.ToString(CultureInfo.InvariantCulture)}–{known.Max.ToString(CultureInfo.InvariantCulture)} range of '{facts.ModelId}'";
                properties = ValueFixes.Add(properties, ValueFixes.SetBudget, value, tokens < known.Min ? known.Min : known.Max);
            }
            else if (!rule.ModelRange && tokens < rule.Minimum)
            {
                problem = $"is below the minimum of {rule.Minimum.ToString(CultureInfo.InvariantCulture)}";
                if (cap is null || rule.Minimum < cap.Value.Tokens)
                    properties = ValueFixes.Add(properties, ValueFixes.SetBudget, value, rule.Minimum);
            }
            else if (rule.BelowCap && cap is { } limit && tokens >= limit.Tokens && !facts.BudgetMayExceedCap)
            {
                problem = $"is not below {facts.CapName(limit.Value)} {limit.Tokens.ToString(CultureInfo.InvariantCulture)}: thinking tokens count toward that limit";
                properties = ValueFixes.Add(properties, ValueFixes.RaiseMaxTokens, limit.Value, tokens + facts.Config.DefaultMaxOutputTokens);
                if (limit.Tokens - 1 >= minimum)
                    properties = ValueFixes.Add(properties, ValueFixes.LowerBudget, value, limit.Tokens - 1);
            }
            else
            {
                continue;
            }

            reports.Add(Diagnostic.Create(
                DiagnosticDescriptors.LLM0007_ThinkingBudgetUnusable,
                value.Syntax.GetLocation(),
                GuardProperties.With(properties, facts.Response),
                member,
                tokens.ToString(CultureInfo.InvariantCulture),
                problem));
        }
    }
}
