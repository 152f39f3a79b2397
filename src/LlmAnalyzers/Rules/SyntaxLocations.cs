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
                MemberAccessExpressionSyntax access => access.Name.GetLocation(),
                MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
                var expression => expression.GetLocation(),
            }
            : invocation.Syntax.GetLocation();
}
