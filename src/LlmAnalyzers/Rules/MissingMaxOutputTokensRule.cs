using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LlmAnalyzers.Flow;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Rules;

/// <summary>LLM0001: a request whose output-token cap is provably not set on some path.</summary>
internal static class MissingMaxOutputTokensRule
{
    public static void Analyze(List<Diagnostic> reports, RequestFacts facts)
    {
        var request = facts.Request;
        var invocation = facts.Invocation;
        if (facts.Call.OptionsParameter is null)
        {
            Report(reports, invocation, request.CapDisplay, $"this overload cannot set it, call the overload that takes a '{request.OptionsType.Name}'", GuardProperties.With(ImmutableDictionary<string, string?>.Empty, facts.Response));
            return;
        }

        var argument = facts.OptionsArgument;
        if (argument is null)
            return;

        string? fix;
        var creations = ImmutableArray<IOperation>.Empty;
        var capMember = request.CapProperty?.Name;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            fix = request.CanCreateWithCapOnly ? CapFixShapes.AddArgument : null;
        }
        else if (argument.Value.IsNullConstant())
        {
            fix = request.CanCreateWithCapOnly ? CapFixShapes.ReplaceArgument : null;
        }
        else
        {
            var cap = facts.Cap;
            if (!cap.IsMissingOnSomePath)
                return;
            creations = cap.UnsetCreations;
            capMember = CapMemberOf(creations, request);
            fix = !cap.Has(ValuePaths.Null) && capMember is not null ? CapFixShapes.AddToCreations : null;
        }

        // A call that passes no options uses the client's, if its SDK lets clients hold some: they must be visible.
        var passesNone = argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.IsNullConstant();
        if (facts.ClientHasDefaultCap || (passesNone && facts.ClientOptionsUnseen))
            return;

        var properties = fix is null
            ? ImmutableDictionary<string, string?>.Empty
            : CapFixProperties.Create(fix, facts.Call.OptionsParameter.Name, request.OptionsTypeName, capMember);
        // Name the member on the type the code creates (option subclasses name it differently).
        var display = capMember is not null && !creations.IsEmpty && creations.All(c => SymbolEqualityComparer.Default.Equals(c.Type, creations[0].Type))
            ? creations[0].Type!.Name + "." + capMember
            : request.CapDisplay;
        Report(reports, invocation, display, request.Descriptor.MissingCapConsequence ?? "the response length and cost are unbounded", GuardProperties.With(properties, facts.Response), creations.Select(c => c.Syntax.GetLocation()));
    }

    /// <summary>
    /// The cap's last member as every creation's type names it (option subclasses name it differently); null when they differ,
    /// or when a creation is of an outer object on the cap's path (it lacks the whole nested object).
    /// </summary>
    private static string? CapMemberOf(ImmutableArray<IOperation> creations, BoundRequest request)
    {
        if (creations.IsEmpty)
            return null;
        var steps = request.Cap.Steps;
        string? name = null;
        foreach (var creation in creations)
        {
            var found = steps[steps.Length - 1].FirstOrDefault(candidate => HasProperty(creation.Type, candidate));
            if (found is null || (name is not null && name != found) || (steps.Length > 1 && steps[0].Any(outer => HasProperty(creation.Type, outer))))
                return null;
            name = found;
        }

        return name;
    }

    private static bool HasProperty(ITypeSymbol? type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().Any(p => p.SetMethod is not null))
                return true;
        }

        return false;
    }

    private static void Report(List<Diagnostic> reports, IInvocationOperation invocation, string member, string consequence, ImmutableDictionary<string, string?> properties, System.Collections.Generic.IEnumerable<Location>? additionalLocations = null)
        => reports.Add(Diagnostic.Create(
            DiagnosticDescriptors.LLM0001_MissingMaxOutputTokens,
            SyntaxLocations.MethodName(invocation),
            additionalLocations,
            properties,
            invocation.TargetMethod.Name,
            member,
            consequence));
}
