namespace LlmAnalyzers.Rules;

/// <summary>Keys of <c>Diagnostic.Properties</c> that tell a fixer what to do without re-running analysis.</summary>
internal static class DiagnosticProperties
{
    /// <summary>How the cap can be added; one of the <see cref="CapFixShapes"/>.</summary>
    public const string CapFix = "CapFix";

    /// <summary>Name of the parameter that takes the options.</summary>
    public const string OptionsParameter = "OptionsParameter";

    /// <summary>Metadata name of the options type.</summary>
    public const string OptionsType = "OptionsType";

    /// <summary>Name of the cap member on the options type.</summary>
    public const string CapMember = "CapMember";

    /// <summary>The token count a fix writes in place of the reported value.</summary>
    public const string Tokens = "Tokens";

    /// <summary>Value fixes, "Fix.0", "Fix.1"…: each "equivalenceKey|start:length|tokens" (replace that expression with that number).</summary>
    public const string ValueFixPrefix = "Fix.";

    /// <summary>"start:length;…" of stop-sequence items a fix removes.</summary>
    public const string StopItems = "StopItems";

    /// <summary>The response or stream update type whose guard a fix can insert (descriptor key).</summary>
    public const string GuardKey = "GuardKey";

    /// <summary>"start:length" of the statement after which the guard goes, or of the loop over the stream.</summary>
    public const string GuardAnchor = "GuardAnchor";

    /// <summary>How code after the anchor reads the response (<c>completion</c>, <c>result.Value</c>).</summary>
    public const string GuardAccess = "GuardAccess";

    /// <summary>"start:length" of the response expression to move into a new local, when there is none.</summary>
    public const string GuardExpression = "GuardExpression";

    /// <summary>Present when the anchor is an expression body (<c>=&gt; …</c>) that the fix turns into a block.</summary>
    public const string GuardExpressionBody = "GuardExpressionBody";

    /// <summary>Which of the descriptor's guard variants fits the SDK version in use.</summary>
    public const string GuardVariant = "GuardVariant";

    /// <summary>The loop variable of a loop over a stream.</summary>
    public const string GuardUpdate = "GuardUpdate";
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
