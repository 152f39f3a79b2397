using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LlmAnalyzers.Flow;

/// <summary>
/// Compile-time values the code makes visible: literals and constants, <c>static readonly</c> fields with a literal
/// initializer, and locals assigned once. Anything else is unknown.
/// </summary>
internal static class Constants
{
    private const int MaxDepth = 4;

    public static bool TryGetInteger(IOperation value, out long result)
    {
        switch (Resolve(value, MaxDepth))
        {
            case int i:
                result = i;
                return true;
            case long l:
                result = l;
                return true;
            case short or byte or sbyte or ushort or uint:
                result = System.Convert.ToInt64(Resolve(value, MaxDepth), System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>A non-empty constant string.</summary>
    public static bool TryGetString(IOperation value, out string result)
        => TryGetAnyString(value, out result) && result.Length > 0;

    /// <summary>A constant string, possibly empty.</summary>
    public static bool TryGetAnyString(IOperation value, out string result)
    {
        var resolved = Resolve(value, MaxDepth) as string;
        result = resolved ?? "";
        return resolved is not null;
    }

    /// <summary>The enum member a value names (<c>Model.ClaudeSonnet4_6</c>), through conversions and single-assignment locals.</summary>
    public static IFieldSymbol? EnumMember(IOperation value)
    {
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            switch (value.WithoutConversions())
            {
                case IFieldReferenceOperation { Field: { HasConstantValue: true, ContainingType.TypeKind: TypeKind.Enum } field }:
                    return field;
                case ILocalReferenceOperation local when SingleValue(local) is { } assigned:
                    value = assigned;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private static object? Resolve(IOperation value, int depth)
    {
        if (depth == 0)
            return null;
        if (value.ConstantValue.HasValue)
            return value.ConstantValue.Value;

        var stripped = value.WithoutConversions();
        if (stripped.ConstantValue.HasValue)
            return stripped.ConstantValue.Value;

        return stripped switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } => LiteralInitializer(field),
            ILocalReferenceOperation local when SingleValue(local) is { } assigned => Resolve(assigned, depth - 1),
            _ => null,
        };
    }

    /// <summary>The initializer of a local that is never written again in its body; null otherwise.</summary>
    private static IOperation? SingleValue(ILocalReferenceOperation reference)
    {
        var search = new SingleValueSearch(reference.Local);
        var written = reference.GetBodyRoot().AnyInTree(search, static (operation, search) =>
        {
            switch (operation.Kind)
            {
                case OperationKind.VariableDeclarator when SymbolEqualityComparer.Default.Equals(((IVariableDeclaratorOperation)operation).Symbol, search.Local):
                    var declarator = (IVariableDeclaratorOperation)operation;
                    search.Initializer = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                    return false;
                case OperationKind.LocalReference:
                    return SymbolEqualityComparer.Default.Equals(((ILocalReferenceOperation)operation).Local, search.Local) && IsWrite(operation);
                default:
                    return false;
            }
        });
        return written ? null : search.Initializer;
    }

    private sealed class SingleValueSearch
    {
        public SingleValueSearch(ILocalSymbol local) => Local = local;

        public ILocalSymbol Local { get; }

        public IOperation? Initializer { get; set; }
    }

    private static bool IsWrite(IOperation reference)
        => reference.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == reference,
            IIncrementOrDecrementOperation => true,
            ITupleOperation => true,
            IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } => true,
            _ => false,
        };

    private static object? LiteralInitializer(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences.Length != 1)
            return null;
        return field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal }
            ? literal.Token.Value
            : null;
    }
}
