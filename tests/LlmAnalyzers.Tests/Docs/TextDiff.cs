using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LlmAnalyzers.Tests.Docs;

/// <summary>A line diff for failure messages: '-' lines are on disk, '+' lines are generated.</summary>
internal static class TextDiff
{
    public static string Lines(string actual, string expected, int context = 2)
    {
        var a = actual.Split('\n');
        var b = expected.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var ops = new List<(char Kind, int Line, string Text)>();
        for (int i = 0, j = 0; i < a.Length || j < b.Length;)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
                ops.Add((' ', i++ + 1, b[j++]));
            else if (i < a.Length && (j == b.Length || lcs[i + 1, j] >= lcs[i, j + 1]))
                ops.Add(('-', i + 1, a[i++]));
            else
                ops.Add(('+', i + 1, b[j++]));
        }

        var changed = ops.Select((op, k) => (op, k)).Where(x => x.op.Kind != ' ').Select(x => x.k).ToArray();
        var text = new StringBuilder();
        var last = -1;
        for (var k = 0; k < ops.Count; k++)
        {
            if (!changed.Any(c => Math.Abs(c - k) <= context))
                continue;
            if (k != last + 1)
                text.Append($"@@ line {ops[k].Line} @@\n");
            text.Append(ops[k].Kind).Append(' ').Append(ops[k].Text).Append('\n');
            last = k;
        }

        return text.ToString();
    }
}
