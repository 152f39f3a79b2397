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
