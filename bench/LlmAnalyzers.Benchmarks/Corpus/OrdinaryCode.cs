using System;

namespace LlmAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Everyday C# with no LLM calls: LINQ, async I/O (several calls drop the method's CancellationToken, which is CA2016's
/// work), string handling, records, switch expressions, lambdas. <c>{s}</c>: member suffix, <c>{E}</c>: record type, <c>{n}</c>: a number.
/// </summary>
internal static class OrdinaryCode
{
    public static readonly string[] Entities = ["Order", "Invoice", "Ticket", "Shipment", "Reading", "Booking", "Payment", "Review"];

    public static string Types(string entity) => $$"""
        public enum {{entity}}Status
        {
            Pending,
            Active,
            Completed,
            Cancelled,
        }

        public sealed record {{entity}}(int Id, string Owner, decimal Amount, DateTime CreatedAt, {{entity}}Status Status, string? Note)
        {
            public bool IsOpen => Status is {{entity}}Status.Pending or {{entity}}Status.Active;

            public string Key => $"{Owner.ToLowerInvariant()}-{Id:D6}";
        }

        """;

    public static string ClassHeader(string entity, string className) => $$"""
        public sealed class {{className}}
        {
            private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
            private readonly Dictionary<string, List<{{entity}}>> _byOwner = new(StringComparer.OrdinalIgnoreCase);
            private readonly List<{{entity}}> _items = new();
            private int _version;

            public {{className}}(IEnumerable<{{entity}}> items)
            {
                _items.AddRange(items);
                foreach (var item in _items)
                    Add(item);
            }

            public int Count => _items.Count;

            private void Add({{entity}} item)
            {
                if (!_byOwner.TryGetValue(item.Owner, out var list))
                {
                    list = new List<{{entity}}>();
                    _byOwner[item.Owner] = list;
                }

                list.Add(item);
                _version++;
            }

        """;

    public static readonly string[] Members =
    [
        """
            public IReadOnlyList<string> TopOwners{s}(IEnumerable<{E}> items, decimal minimum)
            {
                return items
                    .Where(x => x.Amount >= minimum && x.Status != {E}Status.Cancelled)
                    .GroupBy(x => x.Owner, StringComparer.OrdinalIgnoreCase)
                    .Select(g => new { Owner = g.Key, Total = g.Sum(x => x.Amount), Count = g.Count() })
                    .OrderByDescending(x => x.Total)
                    .ThenBy(x => x.Owner, StringComparer.Ordinal)
                    .Take({n})
                    .Select(x => $"{x.Owner}: {x.Total:F2} ({x.Count})")
                    .ToList();
            }

        """,
        """
            public async Task<int> Import{s}Async(string path, CancellationToken cancellationToken)
            {
                var lines = await File.ReadAllLinesAsync(path);
                var count = 0;
                foreach (var line in lines)
                {
                    if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                        continue;
                    await Task.Delay({n});
                    count++;
                }

                await File.WriteAllTextAsync(path + ".done", count.ToString(CultureInfo.InvariantCulture), cancellationToken);
                return count;
            }

        """,
        """
            public async Task<string> Fetch{s}Async(string url, CancellationToken cancellationToken)
            {
                var body = await Http.GetStringAsync(url);
                using var response = await Http.GetAsync(url + "/meta", cancellationToken);
                response.EnsureSuccessStatusCode();
                var meta = await response.Content.ReadAsStringAsync();
                return body.Length > {n} ? body[..{n}] + meta.Trim() : body + meta.Trim();
            }

        """,
        """
            public static string Describe{s}({E} item)
            {
                var builder = new StringBuilder();
                builder.Append(item.Owner.Trim().ToUpperInvariant()).Append(" #").Append(item.Id);
                if (!string.IsNullOrEmpty(item.Note))
                    builder.Append(" - ").Append(item.Note.Replace("\n", " ", StringComparison.Ordinal));
                var parts = item.Owner.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                builder.Append(" [").Append(string.Join(",", parts.Select(p => p[..1]))).Append(']');
                builder.AppendFormat(CultureInfo.InvariantCulture, " {0:yyyy-MM-dd} {1:C}", item.CreatedAt, item.Amount);
                return builder.ToString();
            }

        """,
        """
            public static decimal Fee{s}({E} item) => item switch
            {
                { Status: {E}Status.Cancelled } => 0m,
                { Amount: > 1000m } => item.Amount * 0.01m,
                { Amount: > {n}m, Note: not null } => 5m,
                { CreatedAt.Year: < 2020 } => 1m,
                _ => 2.5m,
            };

        """,
        """
            public int Score{s}(IReadOnlyList<{E}> items)
            {
                Func<{E}, int> weight = x => x.Status switch
                {
                    {E}Status.Completed => 3,
                    {E}Status.Active => 2,
                    {E}Status.Pending => 1,
                    _ => 0,
                };
                int Bonus({E} x) => x.CreatedAt.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 2 : 0;
                var total = 0;
                for (var k = 0; k < items.Count; k++)
                    total += weight(items[k]) + Bonus(items[k]);
                items.Where(x => x.Id % {n} == 0).ToList().ForEach(x => total += x.Id % 3);
                return total;
            }

        """,
        """
            public async Task<string?> ReadNote{s}Async(string path, CancellationToken cancellationToken)
            {
                try
                {
                    using var reader = new StreamReader(path);
                    var first = await reader.ReadLineAsync();
                    var rest = await reader.ReadToEndAsync(cancellationToken);
                    return first is null ? null : first + rest.Length.ToString(CultureInfo.InvariantCulture);
                }
                catch (IOException ex) when (ex.Message.Contains("locked", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
                finally
                {
                    _version++;
                }
            }

        """,
        """
            public async IAsyncEnumerable<{E}> Large{s}Async(IEnumerable<{E}> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await Task.Yield();
                    if (item.Amount > {n}m)
                        yield return item with { Note = "large" };
                }
            }

        """,
        """
            public Dictionary<{E}Status, decimal> Totals{s}(IEnumerable<{E}> items)
            {
                var query = from x in items
                            where x.CreatedAt.Year >= 20{n2}
                            group x by x.Status into g
                            select new KeyValuePair<{E}Status, decimal>(g.Key, g.Sum(y => y.Amount));
                return query.ToDictionary(p => p.Key, p => p.Value);
            }

        """,
        """
            public async Task<long> Sizes{s}Async(IEnumerable<string> urls, CancellationToken cancellationToken)
            {
                var tasks = urls.Select(async url =>
                {
                    var bytes = await Http.GetByteArrayAsync(url);
                    return (long)bytes.Length;
                });
                var sizes = await Task.WhenAll(tasks);
                await using var stream = File.Create("sizes-{n}.bin");
                await stream.WriteAsync(BitConverter.GetBytes(sizes.Sum()));
                return sizes.Sum();
            }

        """,
        """
            public {E}? Find{s}(int id, string? owner)
            {
                if (owner is not null && _byOwner.TryGetValue(owner, out var list))
                    return list.FirstOrDefault(x => x.Id == id);
                var match = _items.Find(x => x.Id == id && (owner == null || string.Equals(x.Owner, owner, StringComparison.OrdinalIgnoreCase)));
                return match ?? _items.LastOrDefault(x => x.Id == id - {n});
            }

        """,
        """
            public string Report{s}(DateTime from, DateTime to)
            {
                var lines = new List<string>();
                foreach (var (owner, list) in _byOwner)
                {
                    var inRange = list.Where(x => x.CreatedAt >= from && x.CreatedAt < to).ToArray();
                    if (inRange.Length == 0)
                        continue;
                    var average = inRange.Average(x => x.Amount);
                    var (min, max) = (inRange.Min(x => x.Amount), inRange.Max(x => x.Amount));
                    lines.Add(string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,8:F2} {2,8:F2} {3,8:F2}", owner, average, min, max));
                }

                lines.Sort(StringComparer.Ordinal);
                return string.Join(Environment.NewLine, lines.Take({n}));
            }

        """,
        """
            public async Task Save{s}Async(string directory, CancellationToken cancellationToken)
            {
                Directory.CreateDirectory(directory);
                foreach (var group in _items.GroupBy(x => x.Status))
                {
                    var path = Path.Combine(directory, $"{group.Key}-{_version}.csv");
                    var rows = group.Select(x => string.Join(';', x.Id, x.Owner, x.Amount.ToString(CultureInfo.InvariantCulture)));
                    await File.WriteAllLinesAsync(path, rows);
                }

                await Task.Delay(TimeSpan.FromMilliseconds({n}), cancellationToken);
            }

        """,
        """
            public static bool TryParse{s}(string text, out {E}? item)
            {
                item = null;
                var fields = text.Split(',');
                if (fields.Length < 4 || !int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                    return false;
                if (!decimal.TryParse(fields[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                    return false;
                var status = Enum.TryParse<{E}Status>(fields[3], ignoreCase: true, out var parsed) ? parsed : {E}Status.Pending;
                item = new {E}(id, fields[1].Trim(), amount, DateTime.UtcNow.AddDays(-{n}), status, fields.Length > 4 ? fields[4] : null);
                return true;
            }

        """,
    ];
}
