using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

internal static class OperationExtensions
{
    // Kind checks, not type tests: a failing interface cast is the slow path of every walk.
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (true)
        {
            switch (operation.Kind)
            {
                case OperationKind.Conversion:
                    operation = ((IConversionOperation)operation).Operand;
                    break;
                case OperationKind.Parenthesized:
                    operation = ((IParenthesizedOperation)operation).Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    public static bool IsNullConstant(this IOperation operation)
    {
        operation = operation.WithoutConversions();
        return operation.Kind switch
        {
            OperationKind.DefaultValue => true,
            // Only the null literal has no type; reading any other literal's value would build it.
            OperationKind.Literal => operation.Type is null && operation.ConstantValue is { HasValue: true, Value: null },
            // Constant fields and locals, and a conditional on a constant, are the only other expressions that can be a null constant.
            OperationKind.FieldReference or OperationKind.LocalReference or OperationKind.Conditional => operation.ConstantValue is { HasValue: true, Value: null },
            _ => false,
        };
    }

    /// <summary>The method body, or the body of the innermost lambda or local function, that contains the operation.</summary>
    public static IOperation GetBodyRoot(this IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            if (parent.Kind is OperationKind.AnonymousFunction or OperationKind.LocalFunction)
                return current;
            current = parent;
        }

        return current;
    }

    /// <summary>Walks up through conversions and parentheses.</summary>
    public static IOperation? GetParentSkippingConversions(this IOperation operation, out IOperation child)
    {
        child = operation;
        var parent = operation.Parent;
        while (parent?.Kind is OperationKind.Conversion or OperationKind.Parenthesized)
        {
            child = parent;
            parent = parent.Parent;
        }

        return parent;
    }

    // Deeper than this (a long chain of '+'), the walk continues with Roslyn's own, which keeps its stack on the heap.
    private const int MaxRecursion = 200;

    /// <summary>
    /// Does <paramref name="match"/> hold for the operation or a descendant? Visits in source order and stops at the
    /// first match. Allocates nothing, unlike <c>Descendants()</c>: body walks run for every request.
    /// </summary>
    public static bool AnyInTree<TState>(this IOperation root, TState state, Func<IOperation, TState, bool> match)
        => AnyInTree(root, state, match, 0);

    private static bool AnyInTree<TState>(IOperation operation, TState state, Func<IOperation, TState, bool> match, int depth)
    {
        if (match(operation, state))
            return true;
        if (depth == MaxRecursion)
        {
            foreach (var descendant in operation.Descendants())
            {
                if (match(descendant, state))
                    return true;
            }

            return false;
        }

        foreach (var child in operation.ChildOperations)
        {
            if (AnyInTree(child, state, match, depth + 1))
                return true;
        }

        return false;
    }
}
