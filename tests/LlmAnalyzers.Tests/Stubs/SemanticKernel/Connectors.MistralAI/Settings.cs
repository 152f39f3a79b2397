// Test stub of Microsoft.SemanticKernel.Connectors.MistralAI 1.80.0: execution settings only (sdk-surface.md §d.3).
using System.Collections.Generic;
using System.Reflection;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.MistralAI
{
    public sealed class MistralAIPromptExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        public IList<string>? Stop { get; set; }
    }
}
