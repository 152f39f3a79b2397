using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LlmAnalyzers.Configuration;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0004: a constant stop sequence that is empty, whitespace the provider rejects, too short, or a common word.</summary>
internal static class UnsafeStopSequenceRule
{
    /// <summary>Words and punctuation that occur in ordinary answers (compared ignoring case); extended by llm_analyzers.stop_sequence_denylist.</summary>
    private static readonly ImmutableHashSet<string> CommonText = ImmutableHashSet.Create(
        System.StringComparer.OrdinalIgnoreCase,
        "the", "and", "for", "but", "not", "you", "that", "this", "with", "end", "stop", "done", "yes", "no",
        ".", ",", ";", ":", "!", "?", "-", "...", "\"", "'", "(", ")");

    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        if (facts.Stops is not { } stops)
            return;

        foreach (var item in stops.Values)
        {
            if (!Constants.TryGetAnyString(item, out var text))
                continue;
            if (Problem(text, facts) is not { } problem)
                continue;

            var properties = GuardProperties.With(
                ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.StopItems, GuardProperties.Format(item.Syntax.Span)),
                facts.Response);
            reports.Add(Diagnostic.Create(
                DiagnosticDescriptors.LLM0004_UnsafeStopSequence,
                item.Syntax.GetLocation(),
                properties,
                SymbolDisplay.FormatLiteral(text, quote: true),
                problem));
        }
    }

    private static string? Problem(string text, RequestFacts facts)
    {
        var descriptor = facts.Request.Descriptor;
        var config = facts.Config;
        if (text.Length == 0)
            return "is empty; the API rejects it or generation stops immediately";

        var visible = text.Count(c => !char.IsWhiteSpace(c));
        if (visible == 0)
        {
            if (descriptor.StopRejectsWhitespace)
                return $"contains only whitespace, which {descriptor.Provider ?? "the API"} rejects";
            if (text.All(c => c is '\n' or '\r'))
                return null;
            return "contains only whitespace, which occurs in normal output and ends the answer early";
        }

        if (visible < config.MinStopSequenceLength)
            return $"has fewer than {config.MinStopSequenceLength} non-whitespace characters; it occurs in normal output and ends the answer early";
        var trimmed = text.Trim();
        if (CommonText.Contains(trimmed) || config.StopSequenceDenylist.Contains(trimmed))
            return "is common in normal output; the answer ends at its first occurrence";
        return null;
    }
}
