using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LlmAnalyzers.Configuration;

/// <summary>
/// A small JSON reader for configuration files (no dependency the analyzer host may lack). Objects become
/// <c>Dictionary&lt;string, object?&gt;</c>, arrays <c>List&lt;object?&gt;</c>, numbers <c>double</c>.
/// </summary>
internal static class Json
{
    /// <summary>Parses <paramref name="text"/>; on failure returns false and a message with the line and column.</summary>
    public static bool TryParse(string text, out object? value, out string error)
    {
        var reader = new Reader(text);
        try
        {
            reader.SkipWhitespace();
            value = reader.ReadValue(depth: 0);
            reader.SkipWhitespace();
            if (!reader.AtEnd)
                throw reader.Fail("unexpected text after the end of the document");
            error = "";
            return true;
        }
        catch (FormatException e)
        {
            value = null;
            error = e.Message;
            return false;
        }
    }

    private sealed class FormatException : System.Exception
    {
        public FormatException(string message)
            : base(message)
        {
        }
    }

    private sealed class Reader
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private int _position;

        public Reader(string text) => _text = text;

        public bool AtEnd => _position >= _text.Length;

        public void SkipWhitespace()
        {
            while (!AtEnd && char.IsWhiteSpace(_text[_position]))
                _position++;
        }

        public object? ReadValue(int depth)
        {
            if (depth > MaxDepth)
                throw Fail("the document is nested too deeply");
            if (AtEnd)
                throw Fail("unexpected end of the document");

            switch (_text[_position])
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                case 't':
                    Expect("true");
                    return true;
                case 'f':
                    Expect("false");
                    return false;
                case 'n':
                    Expect("null");
                    return null;
                default:
                    return ReadNumber();
            }
        }

        public FormatException Fail(string message)
        {
            var line = 1;
            var column = 1;
            for (var i = 0; i < _position && i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return new FormatException($"{message} (line {line}, column {column})");
        }

        private Dictionary<string, object?> ReadObject(int depth)
        {
            var result = new Dictionary<string, object?>();
            _position++;
            SkipWhitespace();
            if (Peek('}'))
                return result;
            while (true)
            {
                SkipWhitespace();
                if (AtEnd || _text[_position] != '"')
                    throw Fail("expected a property name in double quotes");
                var name = ReadString();
                SkipWhitespace();
                Consume(':');
                SkipWhitespace();
                result[name] = ReadValue(depth + 1);
                SkipWhitespace();
                if (Peek('}'))
                    return result;
                Consume(',');
            }
        }

        private List<object?> ReadArray(int depth)
        {
            var result = new List<object?>();
            _position++;
            SkipWhitespace();
            if (Peek(']'))
                return result;
            while (true)
            {
                SkipWhitespace();
                result.Add(ReadValue(depth + 1));
                SkipWhitespace();
                if (Peek(']'))
                    return result;
                Consume(',');
            }
        }

        private string ReadString()
        {
            _position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                    throw Fail("unterminated string");
                var c = _text[_position++];
                if (c == '"')
                    return builder.ToString();
                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (AtEnd)
                    throw Fail("unterminated string");
                var escape = _text[_position++];
                switch (escape)
                {
                    case '"' or '\\' or '/':
                        builder.Append(escape);
                        break;
                    case 'b':
                        builder.Append('\b');
                        break;
                    case 'f':
                        builder.Append('\f');
                        break;
                    case 'n':
                        builder.Append('\n');
                        break;
                    case 'r':
                        builder.Append('\r');
                        break;
                    case 't':
                        builder.Append('\t');
                        break;
                    case 'u' when _position + 4 <= _text.Length
                                  && int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        throw Fail("invalid escape in a string");
                }
            }
        }

        private double ReadNumber()
        {
            var start = _position;
            while (!AtEnd && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
                _position++;
            if (start == _position || !double.TryParse(_text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                _position = start;
                throw Fail("expected a value");
            }

            return number;
        }

        private void Expect(string word)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
                throw Fail("expected a value");
            _position += word.Length;
        }

        private bool Peek(char c)
        {
            if (AtEnd || _text[_position] != c)
                return false;
            _position++;
            return true;
        }

        private void Consume(char c)
        {
            if (!Peek(c))
                throw Fail($"expected '{c}'");
        }
    }
}
