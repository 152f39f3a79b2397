// Test stub of Microsoft.SemanticKernel.Connectors.AzureAIInference 1.80.0: execution settings only (sdk-surface.md §d.3).
using System.Collections.Generic;
using System.Reflection;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.AzureAIInference
{
    public sealed class AzureAIInferencePromptExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        // JSON name "stop".
        public IList<string>? StopSequences { get; set; }
    }
}
