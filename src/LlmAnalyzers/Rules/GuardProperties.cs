using System.Collections.Immutable;
using System.Globalization;
using LlmAnalyzers.Flow;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LlmAnalyzers.Rules;

/// <summary>
/// What the finish-reason guard fix needs, packed in one diagnostic property (<see cref="DiagnosticProperties.Guard"/>):
/// one entry is much cheaper to add than seven, and most request diagnostics carry it.
/// </summary>
internal sealed class GuardProperties
{
    private const char Separator = '|';

    private GuardProperties(string key, TextSpan anchor, int variant, string? access, TextSpan? expression, string? expressionBody, string? update)
    {
        Key = key;
        Anchor = anchor;
        Variant = variant;
        Access = access;
        Expression = expression;
        ExpressionBody = expressionBody;
        Update = update;
    }

    /// <summary>The response or stream update type whose guard goes in (descriptor key).</summary>
    public string Key { get; }

    /// <summary>The statement after which the guard goes, or the loop over the stream.</summary>
    public TextSpan Anchor { get; }

    /// <summary>Which of the descriptor's guard variants fits the SDK version in use.</summary>
    public int Variant { get; }

    /// <summary>How code after the anchor reads the response (<c>completion</c>, <c>result.Value</c>).</summary>
    public string? Access { get; }

    /// <summary>The response expression to move into a new local, when there is none.</summary>
    public TextSpan? Expression { get; }

    /// <summary>"return" or "statement" when the anchor is an expression body (<c>=&gt; …</c>) that the fix turns into a block.</summary>
    public string? ExpressionBody { get; }

    /// <summary>The loop variable of a loop over a stream.</summary>
    public string? Update { get; }

    /// <summary>Adds the guard's property when the response is consumed unchecked and a guard can be placed.</summary>
    public static ImmutableDictionary<string, string?> With(ImmutableDictionary<string, string?> properties, ResponseFacts? facts)
    {
        if (facts is not { NeedsGuard: true, CanFix: true })
            return properties;

        // Built once per request: several of its diagnostics carry the same guard.
        var guard = facts.GuardFixProperties ??= ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Guard, Pack(facts));
        return properties.IsEmpty ? guard : properties.Add(DiagnosticProperties.Guard, guard[DiagnosticProperties.Guard]);
    }

    private static string Pack(ResponseFacts facts)
        => string.Join(
            Separator.ToString(),
            facts.Response?.Descriptor.Type ?? facts.Stream!.Descriptor.UpdateType,
            Format(facts.Anchor!.Syntax.Span),
            facts.GuardVariant.ToString(CultureInfo.InvariantCulture),
            facts.Access,
            facts.Expression is null ? null : Format(facts.Expression.Syntax.Span),
            !facts.ExpressionBody ? null : facts.Anchor is IReturnOperation ? "return" : "statement",
            facts.UpdateName);

    /// <summary>The guard a diagnostic carries; false when it carries none or the property is malformed.</summary>
    public static bool TryRead(ImmutableDictionary<string, string?> properties, out GuardProperties guard)
    {
        guard = null!;
        var parts = properties.TryGetValue(DiagnosticProperties.Guard, out var text) ? text?.Split(Separator) : null;
        if (parts is not { Length: 7 }
            || parts[0].Length == 0
            || !TryParse(parts[1], out var anchor)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var variant))
        {
            return false;
        }

        TextSpan? expression = TryParse(parts[4], out var span) ? span : null;
        guard = new GuardProperties(parts[0], anchor, variant, NullIfEmpty(parts[3]), expression, NullIfEmpty(parts[5]), NullIfEmpty(parts[6]));
        return true;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    public static string Format(TextSpan span) => span.Start.ToString(CultureInfo.InvariantCulture) + ":" + span.Length.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out TextSpan span)
    {
        span = default;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon < 0
            || !int.TryParse(text!.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return false;
        }

        span = new TextSpan(start, length);
        return true;
    }
}
