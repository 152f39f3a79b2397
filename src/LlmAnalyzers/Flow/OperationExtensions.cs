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
        return operation.Kind == OperationKind.DefaultValue || (operation.ConstantValue.HasValue && operation.ConstantValue.Value is null);
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
}
