using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

internal static class OperationExtensions
{
    public static IOperation WithoutConversions(this IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    public static bool IsNullConstant(this IOperation operation)
    {
        operation = operation.WithoutConversions();
        return operation is IDefaultValueOperation || (operation.ConstantValue.HasValue && operation.ConstantValue.Value is null);
    }

    /// <summary>The method body, or the body of the innermost lambda or local function, that contains the operation.</summary>
    public static IOperation GetBodyRoot(this IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
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
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        return parent;
    }
}
