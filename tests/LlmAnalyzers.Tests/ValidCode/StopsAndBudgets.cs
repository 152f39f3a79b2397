// Valid-code corpus: stop sequences, thinking budgets and reasoning models used within what the APIs accept.
// The analyzers must report nothing here.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Anthropic;
using Anthropic.Models.Beta.Messages;
using Anthropic.Models.Messages;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using OpenAI.Responses;
using AIFinishReason = Microsoft.Extensions.AI.ChatFinishReason;
using BetaParams = Anthropic.Models.Beta.Messages.MessageCreateParams;
using MessageParams = Anthropic.Models.Messages.MessageCreateParams;

namespace ValidCode.StopsAndBudgetsSamples;

public sealed class Transcripts(ChatClient gpt4o, IChatClient chat, AnthropicClient anthropic, ResponsesClient responses)
{
    private readonly ChatClient _o3 = new("o3", Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "key");

    // Four stop sequences (OpenAI's limit), line breaks as a delimiter.
    public async Task<string> NextTurnAsync(IEnumerable<OpenAI.Chat.ChatMessage> history)
    {
        var options = new ChatCompletionOptions
        {
            MaxOutputTokenCount = 600,
            StopSequences = { "\n\nUser:", "</answer>", "###" },
        };
        options.StopSequences.Add("\n\n");
        ChatCompletion completion = await gpt4o.CompleteChatAsync(history, options);
        return completion.FinishReason == OpenAI.Chat.ChatFinishReason.Length ? "" : completion.Content[0].Text;
    }

    // A reasoning model: a generous cap and no stop sequences.
    public async Task<string> SolveAsync(string problem)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 8_000, ReasoningEffortLevel = ChatReasoningEffortLevel.Medium };
        ChatCompletion completion = await _o3.CompleteChatAsync([new UserChatMessage(problem)], options);
        return completion.FinishReason == OpenAI.Chat.ChatFinishReason.Length ? "" : completion.Content[0].Text;
    }

    // Reasoning turned off allows a small cap.
    public async Task<string> LabelAsync(string text)
    {
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 20, ReasoningEffortLevel = ChatReasoningEffortLevel.None };
        ChatCompletion completion = await gpt4o.CompleteChatAsync([new UserChatMessage(text)], options);
        return completion.FinishReason == OpenAI.Chat.ChatFinishReason.Stop ? completion.Content[0].Text : "";
    }

    // Responses with reasoning options on a reasoning model.
    public async Task<string> PlanAsync(string goal)
    {
        var options = new CreateResponseOptions
        {
            Model = "gpt-5-mini",
            MaxOutputTokenCount = 4_096,
            ReasoningOptions = new ResponseReasoningOptions { ReasoningEffortLevel = ResponseReasoningEffortLevel.Low },
        };
        options.InputItems.Add(ResponseItem.CreateUserMessageItem(goal));
        ResponseResult response = await responses.CreateResponseAsync(options);
        return response.Status == ResponseStatus.Incomplete ? "" : response.GetOutputText();
    }

    // Microsoft.Extensions.AI: stop sequences as a collection expression, reasoning with room to answer.
    public async Task<string> ExtractAsync(string text)
    {
        var options = new ChatOptions
        {
            MaxOutputTokens = 2_000,
            StopSequences = ["</json>", "\n\nHuman:"],
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.Medium },
        };
        var response = await chat.GetResponseAsync(text, options);
        return response.FinishReason == AIFinishReason.Length ? "" : response.Text;
    }

    // Anthropic: a thinking budget of at least 1024 and below MaxTokens, stop sequences that do not occur in prose.
    public async Task<string> ThinkAsync(string question)
    {
        var message = await anthropic.Messages.Create(new MessageParams
        {
            Model = Model.ClaudeSonnet4_5,
            MaxTokens = 8_192,
            Thinking = new ThinkingConfigEnabled(2_048),
            StopSequences = ["</final>", "END_OF_ANSWER"],
            Messages = [new UserMessageParam { Content = question }],
        });
        if (message.StopReason == StopReason.MaxTokens)
            return "";
        return string.Concat(message.Content.Select(block => block.TryPickText(out var text) ? text.Text : ""));
    }

    // Anthropic Beta: interleaved thinking lets the budget exceed MaxTokens.
    public async Task<int> InterleavedAsync(string question)
    {
        BetaMessage message = await anthropic.Beta.Messages.Create(new BetaParams
        {
            Model = "claude-sonnet-4-5",
            MaxTokens = 4_096,
            Thinking = new BetaThinkingConfigEnabled(16_000),
            Messages = [new BetaUserMessageParam { Content = question }],
        });
        return message.StopReason == BetaStopReason.MaxTokens ? -1 : message.Content.Count;
    }
}
