using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LlmAnalyzers.Rules;

internal static class SyntaxLocations
{
    /// <summary>The method name of a call (<c>client.[|CompleteChat|](…)</c>), so the squiggle stays short.</summary>
    public static Location MethodName(IOperation invocation)
        => invocation.Syntax is InvocationExpressionSyntax call
            ? call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.GetLocation(),
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.GetLocation(),
                SimpleNameSyntax name => name.Identifier.GetLocation(),
                var expression => expression.GetLocation(),
            }
            : invocation.Syntax.GetLocation();
}
