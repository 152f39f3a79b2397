using System.Linq;
using System.Threading;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

/// <summary>Where a client object visibly comes from: a local, or a field or property initialized in the same file.</summary>
internal static class ClientOrigin
{
    /// <summary>Was the client visibly created by a factory given a default output-token cap?</summary>
    public static bool HasDefaultCap(IOperation? client, SdkModel model, CancellationToken cancellationToken)
    {
        if (client is null)
            return false;

        client = client.WithoutConversions();
        switch (client)
        {
            case ILocalReferenceOperation local:
                return client.GetBodyRoot().DescendantsAndSelf().Any(op => op switch
                {
                    IVariableDeclaratorOperation { Initializer: { } initializer } declarator
                        => SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) && CreatesWithCap(initializer.Value, model),
                    IAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                        => SymbolEqualityComparer.Default.Equals(target.Local, local.Local) && CreatesWithCap(assignment.Value, model),
                    _ => false,
                });

            case IFieldReferenceOperation field:
                return MemberHasDefaultCap(field.Field, client.SemanticModel, model, cancellationToken);

            case IPropertyReferenceOperation property:
                return MemberHasDefaultCap(property.Property, client.SemanticModel, model, cancellationToken);

            default:
                return CreatesWithCap(client, model);
        }
    }

    private static bool MemberHasDefaultCap(ISymbol member, SemanticModel? semanticModel, SdkModel model, CancellationToken cancellationToken)
    {
        if (semanticModel is null)
            return false;

        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != semanticModel.SyntaxTree)
                continue;
            var initializer = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            };
            if (initializer is not null && semanticModel.GetOperation(initializer, cancellationToken) is { } operation && CreatesWithCap(operation, model))
                return true;
        }

        foreach (var constructor in member.ContainingType.InstanceConstructors.Concat(member.ContainingType.StaticConstructors))
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree != semanticModel.SyntaxTree
                    || semanticModel.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is not { } body)
                {
                    continue;
                }

                if (body.Descendants().OfType<IAssignmentOperation>().Any(a =>
                        a.Target is IMemberReferenceOperation target
                        && SymbolEqualityComparer.Default.Equals(target.Member, member)
                        && CreatesWithCap(a.Value, model)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool CreatesWithCap(IOperation value, SdkModel model)
        => value.DescendantsAndSelf().OfType<IInvocationOperation>().Any(invocation =>
            model.TryGetClientFactory(invocation.TargetMethod, out var capParameter)
            && invocation.Arguments.Any(a => a.Parameter?.Name == capParameter.Name && a.ArgumentKind != ArgumentKind.DefaultValue && !a.Value.IsNullConstant()));
}
