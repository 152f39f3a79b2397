// Test stub of Microsoft.SemanticKernel.Connectors.Amazon 1.80.0: execution settings only (sdk-surface.md §d.3).
using System.Collections.Generic;
using System.Reflection;

[assembly: AssemblyVersion("1.80.0.0")]

namespace Microsoft.SemanticKernel.Connectors.Amazon
{
    // Not nullable; FromExecutionSettings defaults it to 200.
    public sealed class AmazonClaudeExecutionSettings : PromptExecutionSettings
    {
        public int MaxTokensToSample { get; set; }
        public List<string>? StopSequences { get; set; }
    }

    public class AmazonCommandExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        public List<string>? StopSequences { get; set; }
    }

    public class AmazonCommandRExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        public List<string>? StopSequences { get; set; }
    }

    public class AmazonJambaExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        public List<string>? Stop { get; set; }
    }

    public class AmazonJurassicExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        public List<string>? StopSequences { get; set; }
    }

    public class AmazonLlama3ExecutionSettings : PromptExecutionSettings
    {
        public int? MaxGenLen { get; set; }
    }

    public class AmazonMistralExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokens { get; set; }
        // JSON name "stop".
        public List<string>? StopSequences { get; set; }
    }

    public class AmazonTitanExecutionSettings : PromptExecutionSettings
    {
        public int? MaxTokenCount { get; set; }
        public List<string>? StopSequences { get; set; }
    }
}
