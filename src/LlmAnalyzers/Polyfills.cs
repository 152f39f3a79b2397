// Lets netstandard2.0 use init accessors.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
