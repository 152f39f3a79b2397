// Test stub of Google.Apis.Auth: only the credential type Google.GenAI.Client takes.
using System.Reflection;

[assembly: AssemblyVersion("1.0.0.0")]

namespace Google.Apis.Auth.OAuth2
{
    public interface ICredential
    {
    }
}
