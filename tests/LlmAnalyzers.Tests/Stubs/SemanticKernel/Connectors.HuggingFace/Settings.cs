// Test stub of Microsoft.SemanticKernel.Connectors.HuggingFace 1.80.0: execution settings only (sdk-surface.md §d.3).
using System.Collections.Generic;
using System.Reflection;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.HuggingFace
{
    public sealed class HuggingFacePromptExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        public int? MaxNewTokens { get; set; }
        public List<string>? Stop { get; set; }
    }
}
