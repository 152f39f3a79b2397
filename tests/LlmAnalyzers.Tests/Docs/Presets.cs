using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Tests.Docs;

/// <summary>The LlmAnalysisMode presets: which .editorconfig severity each mode gives a rule. docs/configuration.md explains the choice.</summary>
internal static class Presets
{
    /// <summary>The modes that ship a preset file; "Default" ships none.</summary>
    public static readonly string[] Modes = ["None", "Recommended", "All"];

    /// <summary>Rules whose violation silently corrupts results rather than costing money: errors under Recommended.</summary>
    public static readonly HashSet<string> RecommendedErrors = new(StringComparer.Ordinal)
    {
        "LLM0008", // structured output that can be truncated: the JSON fails to parse at run time
    };

    public static string FileOf(string mode) => $"src/LlmAnalyzers.Package/configuration/{mode.ToLowerInvariant()}.globalconfig";

    public static string Severity(string mode, DiagnosticDescriptor rule) => mode switch
    {
        "None" => "none",
        "Recommended" => !rule.IsEnabledByDefault ? "none"
            : RecommendedErrors.Contains(rule.Id) || rule.DefaultSeverity == DiagnosticSeverity.Error ? "error"
            : "warning",
        "All" => Severity("Recommended", rule) is "none" ? "warning" : Severity("Recommended", rule),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>The rule's severity with no preset, in .editorconfig terms.</summary>
    public static string DefaultSeverity(DiagnosticDescriptor rule)
        => !rule.IsEnabledByDefault ? "none" : rule.DefaultSeverity switch
        {
            DiagnosticSeverity.Hidden => "silent",
            DiagnosticSeverity.Info => "suggestion",
            DiagnosticSeverity.Warning => "warning",
            _ => "error",
        };
}
