using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LlmAnalyzers.Configuration;
using LlmAnalyzers.Tests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LlmAnalyzers.Tests.Meta;

/// <summary>Conventions every rule, fixer and option must follow; they read the code, so new rules are covered without edits here.</summary>
public sealed class RuleMetadataTests
{
    /// <summary>The allowed categories. Adding one is a deliberate decision: change it here and in the docs.</summary>
    private static readonly string[] AllowedCategories = ["Cost", "Reliability", "Correctness", "Performance", "Security", "Usage", "Configuration"];

    private static readonly Regex IdFormat = new(@"^LLM\d{4}$");

    private static DiagnosticDescriptor[] DeclaredDescriptors() => typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void IdsAreUniqueAndWellFormed()
    {
        var declared = DeclaredDescriptors();
        Assert.NotEmpty(declared);
        Assert.All(declared, d => Assert.Matches(IdFormat, d.Id));
        Assert.Empty(declared.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key));

        var constants = typeof(RuleIdentifiers).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.All(constants, id => Assert.Matches(IdFormat, id));
        Assert.Equal(constants.Length, constants.Distinct().Count());
    }

    [Fact]
    public void FieldNamesStartWithTheirId()
    {
        var misnamed = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor) && !f.Name.StartsWith(((DiagnosticDescriptor)f.GetValue(null)!).Id + "_", StringComparison.Ordinal))
            .Select(f => f.Name);
        Assert.Empty(misnamed);
    }

    [Fact]
    public void EveryDeclaredDescriptorIsReportedByAnAnalyzerAndViceVersa()
    {
        var declared = DeclaredDescriptors().Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(declared, RuleCatalog.Descriptors.Select(d => d.Id));

        // Two analyzers that support the same ID must share the descriptor.
        var conflicting = RuleCatalog.Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Where(g => g.Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(conflicting);
    }

    [Fact]
    public void HelpLinkIsTheRulePageInTheRepository()
    {
        var repositoryUrl = XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;
        Assert.All(RuleCatalog.Descriptors, d =>
        {
            Assert.Equal($"{repositoryUrl}/blob/main/docs/rules/{d.Id}.md", d.HelpLinkUri);
            Assert.Equal(d.HelpLinkUri, RuleIdentifiers.GetHelpUri(d.Id));
        });
    }

    [Fact]
    public void CategoriesComeFromTheFixedSet()
    {
        Assert.All(RuleCatalog.Descriptors, d => Assert.Contains(d.Category, AllowedCategories));
        var constants = typeof(Categories).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.All(constants, c => Assert.Contains(c, AllowedCategories));
    }

    [Fact]
    public void TitlesMessagesAndDescriptionsAreWritten()
    {
        Assert.All(RuleCatalog.Descriptors, d =>
        {
            var title = d.Title.ToString();
            Assert.False(string.IsNullOrWhiteSpace(title), $"{d.Id}: empty title");
            Assert.False(title.EndsWith(".", StringComparison.Ordinal), $"{d.Id}: the title ends with a period");
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.ToString()), $"{d.Id}: empty message");
            Assert.False(string.IsNullOrWhiteSpace(d.Description.ToString()), $"{d.Id}: empty description");
        });
    }

    [Fact]
    public void FixersAreExportedSharedAndFixKnownRules()
    {
        Assert.NotEmpty(RuleCatalog.Fixers);
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToHashSet();
        Assert.All(RuleCatalog.Fixers, fixer =>
        {
            var type = fixer.GetType();
            var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.True(export is not null, $"{type.Name} has no [ExportCodeFixProvider]");
            Assert.Equal(new[] { LanguageNames.CSharp }, export!.Languages);
            Assert.Equal(type.Name, export.Name);
            Assert.True(type.GetCustomAttributes().Any(a => a.GetType().FullName == "System.Composition.SharedAttribute"), $"{type.Name} has no [Shared]");
            Assert.True(type.IsSealed, $"{type.Name} is not sealed");
            Assert.NotEmpty(fixer.FixableDiagnosticIds);
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, ids));
        });
    }

    /// <summary>Hosts such as dotnet format apply one fixer per rule; two fixers for one ID make the result depend on load order.</summary>
    [Fact]
    public void NoRuleIsFixedByTwoFixers()
    {
        var shared = RuleCatalog.Fixers
            .SelectMany(fixer => fixer.FixableDiagnosticIds.Select(id => (Id: id, Fixer: fixer.GetType().Name)))
            .GroupBy(x => x.Id)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Fixer))}")
            .ToList();
        Assert.True(shared.Count == 0, "Rules claimed by several fixers (offer the extra action from the rule's own fixer instead):\n" + string.Join("\n", shared));
    }

    [Fact]
    public void AnalyzerAssemblyDoesNotReferenceWorkspaces()
    {
        var references = RuleCatalog.AnalyzerAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Contains("Microsoft.CodeAnalysis", references);
        Assert.DoesNotContain(references, name => name.Contains("Workspaces", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(RuleCatalog.CodeFixAssembly.GetName().Name, references);
    }

    [Fact]
    public void OptionsAreWellFormedAndApplyToKnownRules()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(LlmOptions.All);
        Assert.Equal(LlmOptions.All.Length, LlmOptions.All.Select(o => o.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(LlmOptions.All, option =>
        {
            Assert.Matches(@"^llm_analyzers\.[a-z0-9_]+$", option.Key);
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{option.Key}: empty description");
            Assert.NotEmpty(option.RuleIds);
            Assert.All(option.RuleIds, id => Assert.Contains(id, ids));
        });
    }

    [Fact]
    public void RecommendedErrorsNameWellFormedIds()
        => Assert.All(Presets.RecommendedErrors, id => Assert.Matches(IdFormat, id));
}
