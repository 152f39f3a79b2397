using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using LlmAnalyzers.CodeFixes;
using LlmAnalyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.Tests.Docs;

/// <summary>One rule as the docs see it: its descriptor, whether a fixer handles it, and the options that apply.</summary>
internal sealed record Rule(DiagnosticDescriptor Descriptor, bool HasCodeFix, ImmutableArray<OptionDefinition> Options)
{
    public string Id => Descriptor.Id;

    public string PagePath => $"docs/rules/{Id}.md";
}

/// <summary>Everything the shipped assemblies declare, found by reflection so new rules, fixers and options need no registration here.</summary>
internal static class RuleCatalog
{
    public static Assembly AnalyzerAssembly { get; } = typeof(LlmRequestAnalyzer).Assembly;

    public static Assembly CodeFixAssembly { get; } = typeof(MaxOutputTokensFixer).Assembly;

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Instances<DiagnosticAnalyzer>(AnalyzerAssembly);

    public static ImmutableArray<CodeFixProvider> Fixers { get; } = Instances<CodeFixProvider>(CodeFixAssembly);

    /// <summary>Every supported descriptor, one per ID, ordered by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = Analyzers
        .SelectMany(a => a.SupportedDiagnostics)
        .GroupBy(d => d.Id)
        .Select(g => g.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<Rule> Rules { get; } = Descriptors
        .Select(d => new Rule(
            d,
            Fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id)),
            LlmOptions.All.Where(o => o.RuleIds.Contains(d.Id)).ToImmutableArray()))
        .ToImmutableArray();

    private static ImmutableArray<T> Instances<T>(Assembly assembly)
        => assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
