using OpenAI.Responses;

namespace ChatDemo;

public sealed class OpenAIResponses(ResponsesClient client)
{
    // Good.
    public async Task<string> AnswerAsync(string question)
    {
        var options = new CreateResponseOptions { Model = "gpt-4.1-mini", MaxOutputTokenCount = 500 };
        options.InputItems.Add(ResponseItem.CreateUserMessageItem(question));
        ResponseResult response = await client.CreateResponseAsync(options);
        if (response.Status == ResponseStatus.Incomplete)
            throw new InvalidOperationException($"Incomplete answer: {response.IncompleteStatusDetails?.Reason}");
        return response.GetOutputText();
    }

    // Bad: the (model, text) overload has no options, so no cap.
    public async Task<ResponseResult> QuickAnswerAsync(string question)
        => await client.CreateResponseAsync("gpt-4.1-mini", question); // expect: LLM0001
}
