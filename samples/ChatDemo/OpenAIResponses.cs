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
        return response.GetOutputText();
    }

    // Bad: the (model, text) overload has no options, so no cap.
    public async Task<string> QuickAnswerAsync(string question)
    {
        ResponseResult response = await client.CreateResponseAsync("gpt-4.1-mini", question); // expect: LLM0001
        return response.GetOutputText();
    }
}
