using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LlmAnalyzers.Sdks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

/// <summary>The operations that visibly create a client: where its model and default cap can be read.</summary>
internal readonly struct ClientCreations
{
    public ClientCreations(ImmutableArray<IOperation> operations, bool complete)
    {
        Operations = operations;
        Complete = complete;
    }

    /// <summary>Object creations and factory calls that produce the client.</summary>
    public ImmutableArray<IOperation> Operations { get; }

    /// <summary>Every way the client can be obtained is in <see cref="Operations"/>.</summary>
    public bool Complete { get; }
}

/// <summary>
/// Follows a client back to where it is created: through SDK accessors (<c>client.Messages</c>), locals, and
/// <c>readonly</c> fields or get-only properties initialized in the same file (initializer and constructors).
/// </summary>
internal static class ClientOrigin
{
    private const int MaxDepth = 4;

    public static ClientCreations Find(IOperation? client, SdkModel model, CancellationToken cancellationToken)
    {
        var operations = ImmutableArray.CreateBuilder<IOperation>();
        var complete = Collect(client, operations, model, MaxDepth, cancellationToken);
        return new ClientCreations(operations.ToImmutable(), complete && operations.Count > 0);
    }

    /// <summary>The receiver of a call: its instance, or the <c>this</c> argument of an extension method.</summary>
    public static IOperation? Receiver(IInvocationOperation invocation)
        => invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod ? invocation.Arguments.FirstOrDefault()?.Value : null);

    private static bool Collect(IOperation? client, ImmutableArray<IOperation>.Builder operations, SdkModel model, int depth, CancellationToken cancellationToken)
    {
        if (client is null || depth == 0)
            return false;

        client = client.WithoutConversions();
        switch (client)
        {
            case IObjectCreationOperation or IInvocationOperation:
                operations.Add(client);

                // A client made from another one (a chat session started from a model) keeps that one's model and defaults.
                return client is not IInvocationOperation invocation || model.GetClientFactory(invocation)?.InheritsReceiver != true
                    || Collect(Receiver(invocation), operations, model, depth - 1, cancellationToken);

            // An SDK accessor (client.Messages, client.Beta.Messages) belongs to the client it is read from.
            case IPropertyReferenceOperation { Instance: { } instance, Property: var property } when property.DeclaringSyntaxReferences.IsEmpty:
                return Collect(instance, operations, model, depth - 1, cancellationToken);

            case ILocalReferenceOperation local:
            {
                var complete = true;
                var found = false;
                foreach (var operation in client.GetBodyRoot().Descendants())
                {
                    if (operation.Kind is not (OperationKind.VariableDeclarator or OperationKind.SimpleAssignment))
                        continue;
                    IOperation? value = operation switch
                    {
                        IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) => initializer.Value,
                        ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local.Local) => assignment.Value,
                        _ => null,
                    };
                    if (value is not null)
                    {
                        found = true;
                        complete &= Collect(value, operations, model, depth - 1, cancellationToken);
                    }
                }

                return found && complete;
            }

            case IFieldReferenceOperation field:
                return CollectMember(field.Field, field.Field.IsReadOnly || field.Field.IsConst, client.SemanticModel, operations, model, depth, cancellationToken);

            case IPropertyReferenceOperation property:
                return CollectMember(property.Property, property.Property.SetMethod is null, client.SemanticModel, operations, model, depth, cancellationToken);

            default:
                return false;
        }
    }

    private static bool CollectMember(ISymbol member, bool readOnly, SemanticModel? semanticModel, ImmutableArray<IOperation>.Builder operations, SdkModel model, int depth, CancellationToken cancellationToken)
    {
        if (semanticModel is null || member.DeclaringSyntaxReferences.Length == 0)
            return false;

        var complete = readOnly;
        var found = false;
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != semanticModel.SyntaxTree)
                return false;
            var initializer = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            };
            if (initializer is not null && semanticModel.GetOperation(initializer, cancellationToken) is IFieldInitializerOperation or IPropertyInitializerOperation)
            {
                found = true;
                complete &= Collect(((ISymbolInitializerOperation)semanticModel.GetOperation(initializer, cancellationToken)!).Value, operations, model, depth - 1, cancellationToken);
            }
        }

        var constructors = member.IsStatic ? member.ContainingType.StaticConstructors : member.ContainingType.InstanceConstructors;
        foreach (var constructor in constructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree != semanticModel.SyntaxTree)
                    return false;
                if (semanticModel.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is not { } body)
                    continue;
                foreach (var operation in body.Descendants())
                {
                    if (operation.Kind == OperationKind.SimpleAssignment && operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment
                        && SymbolEqualityComparer.Default.Equals(target.Member, member))
                    {
                        found = true;
                        complete &= Collect(assignment.Value, operations, model, depth - 1, cancellationToken);
                    }
                }
            }
        }

        return found && complete;
    }
}
