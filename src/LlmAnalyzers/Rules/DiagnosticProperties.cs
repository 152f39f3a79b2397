using System.Collections.Immutable;

namespace LlmAnalyzers.Rules;

/// <summary>Keys of <c>Diagnostic.Properties</c> that tell a fixer what to do without re-running analysis.</summary>
internal static class DiagnosticProperties
{
    /// <summary>
    /// How the cap can be added, "shape|parameter|options type|cap member": one of the <see cref="CapFixShapes"/>, the
    /// parameter that takes the options, the options type's metadata name, and the cap member's name on it.
    /// </summary>
    public const string CapFix = "CapFix";

    /// <summary>The token count a fix writes in place of the reported value.</summary>
    public const string Tokens = "Tokens";

    /// <summary>Value fixes, "Fix.0", "Fix.1"…: each "equivalenceKey|start:length|tokens" (replace that expression with that number).</summary>
    public const string ValueFixPrefix = "Fix.";

    /// <summary>"start:length;…" of stop-sequence items a fix removes.</summary>
    public const string StopItems = "StopItems";

    /// <summary>The finish-reason guard a fix can insert, packed by <see cref="GuardProperties"/>.</summary>
    public const string Guard = "Guard";
}

internal static class CapFixShapes
{
    /// <summary>No options argument is passed: add one.</summary>
    public const string AddArgument = "AddArgument";

    /// <summary>The options argument is a null literal: replace it.</summary>
    public const string ReplaceArgument = "ReplaceArgument";

    /// <summary>Options are created in view without the cap: add it to each creation (the additional locations).</summary>
    public const string AddToCreations = "AddToCreations";
}

/// <summary>The cap fix's one property (<see cref="DiagnosticProperties.CapFix"/>), written by LLM0001 and read by its fixer.</summary>
internal static class CapFixProperties
{
    private const char Separator = '|';

    public static ImmutableDictionary<string, string?> Create(string shape, string parameter, string optionsType, string? capMember)
        => ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.CapFix, string.Join(Separator.ToString(), shape, parameter, optionsType, capMember));

    /// <summary>False when the diagnostic carries no cap fix, a malformed one, or one without a cap member.</summary>
    public static bool TryRead(ImmutableDictionary<string, string?> properties, out string shape, out string parameter, out string optionsType, out string capMember)
    {
        var parts = properties.TryGetValue(DiagnosticProperties.CapFix, out var text) ? text?.Split(Separator) : null;
        var valid = parts is { Length: 4 } && parts[3].Length != 0;
        (shape, parameter, optionsType, capMember) = valid ? (parts![0], parts[1], parts[2], parts[3]) : ("", "", "", "");
        return valid;
    }
}
