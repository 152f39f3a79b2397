using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using LlmAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LlmAnalyzers.EndToEnd;

internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Every rule the analyzers ship, from their SupportedDiagnostics.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = typeof(LlmRequestAnalyzer).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
        .GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>The IDs some code fix handles: what `dotnet format analyzers --diagnostics` is asked to fix.</summary>
    public static ImmutableArray<string> FixableIds { get; } = typeof(MaxOutputTokensFixer).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
        .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
        .Distinct().OrderBy(id => id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static DiagnosticDescriptor Rule(string id) => Rules.SingleOrDefault(r => r.Id == id)
        ?? throw new InvalidOperationException($"A consumer source expects {id}, but no analyzer supports that ID.");

    /// <summary>A rule's severity with no configuration, in .editorconfig terms.</summary>
    public static string DefaultSeverity(string id)
    {
        var rule = Rule(id);
        return !rule.IsEnabledByDefault ? "none" : rule.DefaultSeverity switch
        {
            DiagnosticSeverity.Hidden => "silent",
            DiagnosticSeverity.Info => "suggestion",
            DiagnosticSeverity.Warning => "warning",
            _ => "error",
        };
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
