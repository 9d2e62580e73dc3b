namespace Analysis.Articles;

/// <summary>
/// Turns the fields of one corpus record (JSON Lines object or CSV row) into an article,
/// or says which field is wrong. Shared by both corpus formats so they agree.
/// </summary>
internal static class CorpusRecord
{
    public static LoadItem ToItem(string source, int line, IReadOnlyDictionary<string, string?> fields, HashSet<string> ids)
    {
        var id = fields.GetValueOrDefault("id")?.Trim();
        if (string.IsNullOrEmpty(id)) return LoadItem.Failed(source, line, "record has no 'id'");
        var text = fields.GetValueOrDefault("text");
        if (text is null) return LoadItem.Failed(source, line, $"record '{id}' has no 'text'");
        text = TextDecoder.Normalize(text);
        if (string.IsNullOrWhiteSpace(text)) return LoadItem.Failed(source, line, $"record '{id}' has empty 'text'");
        if (!ids.Add(id)) return LoadItem.Failed(source, line, $"duplicate article id '{id}'; skipped");
        var rawDate = fields.GetValueOrDefault("published");
        if (string.IsNullOrWhiteSpace(rawDate)) rawDate = fields.GetValueOrDefault("date");
        var dateOk = PublicationDate.TryParse(rawDate, out var published);
        var article = new Article(id, text)
        {
            Outlet = fields.GetValueOrDefault("outlet")?.Trim() ?? "",
            Published = published,
            Url = fields.GetValueOrDefault("url")?.Trim() ?? "",
            Title = fields.GetValueOrDefault("title")?.Trim() ?? "",
            Source = source,
            Line = line,
        };
        // A bad date loses the date, not the article: the caller reports it and keeps the article.
        return dateOk ? LoadItem.Of(article) : LoadItem.Of(article with { Published = null });
    }

    public static string? BadDate(IReadOnlyDictionary<string, string?> fields)
    {
        var raw = fields.GetValueOrDefault("published");
        if (string.IsNullOrWhiteSpace(raw)) raw = fields.GetValueOrDefault("date");
        return PublicationDate.TryParse(raw, out _) ? null : raw;
    }
}
