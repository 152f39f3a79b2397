using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace LlmAnalyzers.Benchmarks.Corpus;

/// <summary>Snippets written as templates: <c>{s}</c> is the member suffix, <c>{E}</c> the file's record type.</summary>
public abstract class TemplateSnippets : ICallSnippets
{
    public abstract string Name { get; }

    public abstract ImmutableArray<string> Usings { get; }

    public abstract ImmutableArray<MetadataReference> References { get; }

    protected abstract string[] Templates { get; }

    public int VariantCount => Templates.Length;

    public string Member(int variant, string suffix, string entity)
        => Templates[variant].Replace("{s}", suffix, StringComparison.Ordinal).Replace("{E}", entity, StringComparison.Ordinal);

    /// <summary>The roots and the package assemblies they reference, as NuGet's transitive compile references give a project.</summary>
    protected static ImmutableArray<MetadataReference> PackageClosure(params Assembly[] roots)
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var result = new List<MetadataReference>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<AssemblyName>(roots.Select(a => a.GetName()));
        while (pending.TryDequeue(out var name))
        {
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            if (!seen.Add(name.Name!) || File.Exists(Path.Combine(frameworkDirectory, name.Name + ".dll")) || !File.Exists(path))
                continue;
            result.Add(MetadataReferences.FromFile(path));
            foreach (var dependency in Assembly.Load(name).GetReferencedAssemblies())
                pending.Enqueue(dependency);
        }

        return result.ToImmutableArray();
    }
}

public sealed class OpenAIChatSnippets : TemplateSnippets
{
    public override string Name => "OpenAI chat";

    public override ImmutableArray<string> Usings { get; } = ["OpenAI.Chat"];

    public override ImmutableArray<MetadataReference> References { get; } = PackageClosure(typeof(OpenAI.Chat.ChatClient).Assembly);

    protected override string[] Templates { get; } =
    [
        """
            public async Task<string> Summarize{s}Async(ChatClient chat, {E} item, CancellationToken cancellationToken)
            {
                var options = new ChatCompletionOptions { MaxOutputTokenCount = 256, Temperature = 0.2f };
                ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage($"Summarize {item.Owner}: {item.Note}")], options, cancellationToken);
                if (completion.FinishReason == ChatFinishReason.Length)
                    return completion.Content[0].Text + "...";
                return completion.Content[0].Text;
            }
        """,
        """
            public string Classify{s}(ChatClient chat, {E} item, bool detailed)
            {
                var options = new ChatCompletionOptions();
                options.MaxOutputTokenCount = detailed ? 400 : 40;
                options.StopSequences.Add("\n\n");
                ChatCompletion completion = chat.CompleteChat([new SystemChatMessage("Classify the record."), new UserChatMessage(item.ToString())], options);
                return completion.Content[0].Text.Trim();
            }
        """,
        """
            public async Task<string> Rewrite{s}Async(ChatClient chat, string text, ChatCompletionOptions? options)
            {
                options ??= new ChatCompletionOptions { Temperature = 0.7f };
                ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage("Rewrite: " + text)], options);
                return completion.Content.Count > 0 ? completion.Content[0].Text : text;
            }
        """,
        """
            public async Task<int> Estimate{s}Async(ChatClient chat, {E} item)
            {
                var options = CreateOptions{s}(item.Amount > 100m);
                ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage(item.Owner)], options);
                return completion.Usage.OutputTokenCount;
            }

            private static ChatCompletionOptions CreateOptions{s}(bool large) => new() { MaxOutputTokenCount = large ? 1024 : 128 };
        """,
        """
            public ChatCompletion Complete{s}(ChatClient chat, IEnumerable<ChatMessage> messages, ChatCompletionOptions options)
                => chat.CompleteChat(messages, options);
        """,
        """
            public async Task<string> Translate{s}Async(ChatClient chat, {E} item)
            {
                ChatCompletion completion = await chat.CompleteChatAsync(new UserChatMessage($"Translate to French: {item.Note}"));
                return completion.FinishReason == ChatFinishReason.Stop ? completion.Content[0].Text : string.Empty;
            }
        """,
        """
            public async Task<string> Explain{s}Async(ChatClient chat, {E} item, bool brief, CancellationToken cancellationToken)
            {
                var options = new ChatCompletionOptions { Temperature = 0f };
                if (brief)
                    options.MaxOutputTokenCount = 64;
                var messages = new List<ChatMessage> { new SystemChatMessage("Explain briefly."), new UserChatMessage(item.ToString()) };
                ChatCompletion completion = await chat.CompleteChatAsync(messages, options, cancellationToken);
                return completion.Content[0].Text;
            }
        """,
        """
            public async Task<string> Stream{s}Async(ChatClient chat, string prompt, CancellationToken cancellationToken)
            {
                var options = new ChatCompletionOptions { MaxOutputTokenCount = 512 };
                var text = new StringBuilder();
                await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage(prompt)], options, cancellationToken))
                {
                    foreach (var part in update.ContentUpdate)
                        text.Append(part.Text);
                    if (update.FinishReason == ChatFinishReason.Length)
                        text.Append(" [truncated]");
                }

                return text.ToString();
            }
        """,
    ];
}

public sealed class OpenAIResponsesSnippets : TemplateSnippets
{
    public override string Name => "OpenAI Responses";

    public override ImmutableArray<string> Usings { get; } = ["OpenAI.Responses"];

    public override ImmutableArray<MetadataReference> References { get; } = PackageClosure(typeof(OpenAI.Responses.ResponsesClient).Assembly);

    protected override string[] Templates { get; } =
    [
        """
            public async Task<string> Answer{s}Async(ResponsesClient responses, string question, CancellationToken cancellationToken)
            {
                var options = new CreateResponseOptions { Model = "gpt-4.1-mini", MaxOutputTokenCount = 500 };
                options.InputItems.Add(ResponseItem.CreateUserMessageItem(question));
                ResponseResult response = await responses.CreateResponseAsync(options, cancellationToken);
                if (response.Status == ResponseStatus.Incomplete)
                    return "(incomplete) " + response.GetOutputText();
                return response.GetOutputText();
            }
        """,
        """
            public async Task<string> QuickAnswer{s}Async(ResponsesClient responses, {E} item)
            {
                ResponseResult response = await responses.CreateResponseAsync("gpt-4.1-mini", $"Describe {item.Owner} in one line.");
                return response.GetOutputText();
            }
        """,
        """
            public string Draft{s}(ResponsesClient responses, string topic)
            {
                var options = new CreateResponseOptions();
                options.Model = "gpt-4.1";
                options.Instructions = "Draft a short note.";
                options.InputItems.Add(ResponseItem.CreateUserMessageItem(topic));
                ResponseResult response = responses.CreateResponse(options);
                return response.GetOutputText();
            }
        """,
        """
            public async Task<string> Label{s}Async(ResponsesClient responses, {E} item)
            {
                var options = new CreateResponseOptions("gpt-4.1-mini", [ResponseItem.CreateUserMessageItem(item.ToString())]);
                options.MaxOutputTokenCount = 200;
                ResponseResult response = await responses.CreateResponseAsync(options);
                return response.IncompleteStatusDetails?.Reason == ResponseIncompleteStatusReason.MaxOutputTokens ? string.Empty : response.GetOutputText();
            }
        """,
        """
            public async Task<string> StreamAnswer{s}Async(ResponsesClient responses, string prompt, CancellationToken cancellationToken)
            {
                var options = new CreateResponseOptions { Model = "gpt-4.1-mini", MaxOutputTokenCount = 300, StreamingEnabled = true };
                options.InputItems.Add(ResponseItem.CreateUserMessageItem(prompt));
                var builder = new StringBuilder();
                await foreach (var update in await responses.CreateResponseStreamingAsync(options, cancellationToken))
                {
                    if (update is StreamingResponseCompletedUpdate completed)
                        builder.Append(completed.Response.GetOutputText());
                    else if (update is StreamingResponseIncompleteUpdate)
                        builder.Append(" [incomplete]");
                }

                return builder.ToString();
            }
        """,
    ];
}

public sealed class AnthropicSnippets : TemplateSnippets
{
    public override string Name => "Anthropic Messages";

    public override ImmutableArray<string> Usings { get; } = ["Anthropic", "Anthropic.Models.Messages", "Microsoft.Extensions.AI"];

    public override ImmutableArray<MetadataReference> References { get; } = PackageClosure(typeof(Anthropic.AnthropicClient).Assembly, typeof(Microsoft.Extensions.AI.IChatClient).Assembly);

    protected override string[] Templates { get; } =
    [
        """
            public async Task<string> Review{s}Async(AnthropicClient anthropic, {E} item, CancellationToken cancellationToken)
            {
                var message = await anthropic.Messages.Create(new MessageCreateParams
                {
                    Model = Model.ClaudeSonnet4_6,
                    MaxTokens = 1024,
                    Messages = [new UserMessageParam { Content = $"Review {item.Owner}: {item.Note}" }],
                }, cancellationToken);
                if (message.StopReason == StopReason.MaxTokens)
                    return "truncated";
                return message.Content.Count.ToString(CultureInfo.InvariantCulture);
            }
        """,
        """
            public async Task<long> OutputTokens{s}Async(AnthropicClient anthropic, string text)
            {
                var parameters = new MessageCreateParams { Model = "claude-haiku-4-5", MaxTokens = 256, Messages = [new UserMessageParam { Content = text }] };
                var message = await anthropic.Messages.Create(parameters);
                return message.Usage.OutputTokens;
            }
        """,
        """
            public async Task<int> Blocks{s}Async(AnthropicClient anthropic, {E} item)
            {
                var message = await anthropic.Messages.Create(Parameters{s}(item.ToString(), item.Amount > 500m ? 2048 : 300));
                return message.Content.Count;
            }

            private static MessageCreateParams Parameters{s}(string text, long maxTokens)
                => new() { Model = Model.ClaudeHaiku4_5, MaxTokens = maxTokens, Messages = [new UserMessageParam { Content = text }] };
        """,
        """
            public async Task<bool> StreamReview{s}Async(AnthropicClient anthropic, string text, CancellationToken cancellationToken)
            {
                var truncated = false;
                var parameters = new MessageCreateParams { Model = Model.ClaudeSonnet4_6, MaxTokens = 4096, Messages = [new UserMessageParam { Content = text }] };
                await foreach (var streamEvent in anthropic.Messages.CreateStreaming(parameters, cancellationToken))
                {
                    if (streamEvent.TryPickDelta(out var delta) && delta.Delta.StopReason == StopReason.MaxTokens)
                        truncated = true;
                }

                return truncated;
            }
        """,
        """
            public async Task<string?> BetaAsk{s}Async(AnthropicClient anthropic, string text)
            {
                var message = await anthropic.Beta.Messages.Create(new Anthropic.Models.Beta.Messages.MessageCreateParams { Model = "claude-sonnet-4-6", MaxTokens = 2048, Messages = [] });
                return message.StopSequence ?? text;
            }
        """,
        """
            public async Task<string> Tag{s}Async(AnthropicClient anthropic, {E} item)
            {
                IChatClient client = anthropic.AsIChatClient("claude-haiku-4-5", defaultMaxOutputTokens: 50);
                var response = await client.GetResponseAsync($"Tag: {item.Note}");
                return response.Text;
            }
        """,
        """
            public async Task<string> Outline{s}Async(AnthropicClient anthropic, string prompt, CancellationToken cancellationToken)
            {
                var client = anthropic.AsIChatClient("claude-sonnet-4-6");
                var response = await client.GetResponseAsync(prompt, cancellationToken: cancellationToken);
                return response.FinishReason == ChatFinishReason.Length ? string.Empty : response.Text;
            }
        """,
    ];
}

public sealed class ExtensionsAISnippets : TemplateSnippets
{
    public override string Name => "Microsoft.Extensions.AI";

    public override ImmutableArray<string> Usings { get; } = ["Microsoft.Extensions.AI"];

    public override ImmutableArray<MetadataReference> References { get; } = PackageClosure(typeof(Microsoft.Extensions.AI.IChatClient).Assembly);

    protected override string[] Templates { get; } =
    [
        """
            public async Task<string> Title{s}Async(IChatClient chat, {E} item, CancellationToken cancellationToken)
            {
                var response = await chat.GetResponseAsync($"Give a title for: {item.Note}", new ChatOptions { MaxOutputTokens = 30 }, cancellationToken);
                if (response.FinishReason == ChatFinishReason.Length)
                    return item.Owner;
                return response.Text;
            }
        """,
        """
            public async Task<string> Describe{s}Async(IChatClient chat, string text)
            {
                var response = await chat.GetResponseAsync($"Describe: {text}");
                return response.Text;
            }
        """,
        """
            public async Task<string> Reword{s}Async(IChatClient chat, string text, bool creative)
            {
                ChatOptions? options = null;
                if (creative)
                    options = new ChatOptions { Temperature = 1f, MaxOutputTokens = 200 };
                options ??= new ChatOptions { Temperature = 0f };
                var response = await chat.GetResponseAsync([new ChatMessage(ChatRole.User, text)], options);
                return response.Text;
            }
        """,
        """
            public Task<ChatResponse> Send{s}Async(IChatClient chat, IList<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
                => chat.GetResponseAsync(messages, options, cancellationToken);
        """,
        """
            public async Task<string?> StreamTitle{s}Async(IChatClient chat, string prompt, CancellationToken cancellationToken)
            {
                var options = new ChatOptions { MaxOutputTokens = 400, ModelId = "gpt-4o-mini" };
                var updates = new List<ChatResponseUpdate>();
                await foreach (var update in chat.GetStreamingResponseAsync(prompt, options, cancellationToken))
                    updates.Add(update);
                var response = updates.ToChatResponse();
                return response.FinishReason == ChatFinishReason.Length ? null : response.Text;
            }
        """,
        """
            public async Task<string> Configured{s}Async(IChatClient chat, {E} item)
            {
                var options = new ChatOptions();
                Configure{s}(options);
                var response = await chat.GetResponseAsync(item.ToString(), options);
                return response.Text;
            }

            private static void Configure{s}(ChatOptions options)
            {
                options.MaxOutputTokens = 120;
                options.StopSequences = ["END"];
            }
        """,
        """
            public async Task<int> Cloned{s}Async(IChatClient chat, ChatOptions baseOptions, string text)
            {
                var options = baseOptions.Clone();
                options.MaxOutputTokens ??= 256;
                var response = await chat.GetResponseAsync(text, options);
                return response.Messages.Count;
            }
        """,
    ];
}
