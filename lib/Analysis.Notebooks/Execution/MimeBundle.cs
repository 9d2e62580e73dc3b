using System.Collections;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// A value rendered in several mime types: mime type → content, enumerated in ordinal mime order so serialized output
/// is stable. JSON mime types (<c>application/json</c>, <c>application/*+json</c>) hold JSON text.
/// </summary>
public sealed class MimeBundle : IReadOnlyDictionary<string, string>, IEquatable<MimeBundle>
{
    /// <summary>The <c>text/plain</c> mime type.</summary>
    public const string TextPlain = "text/plain";

    /// <summary>The <c>text/html</c> mime type.</summary>
    public const string TextHtml = "text/html";

    /// <summary>The <c>text/markdown</c> mime type.</summary>
    public const string TextMarkdown = "text/markdown";

    /// <summary>The Plotly figure mime type understood by JupyterLab and VS Code.</summary>
    public const string Plotly = "application/vnd.plotly.v1+json";

    private readonly SortedDictionary<string, string> _items;

    private MimeBundle(SortedDictionary<string, string> items) => _items = items;

    /// <summary>An empty bundle.</summary>
    public static MimeBundle Empty { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Creates a bundle from mime/content pairs; a later duplicate mime type replaces an earlier one.</summary>
    public static MimeBundle Create(IEnumerable<KeyValuePair<string, string>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (mime, content) in items)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(mime, nameof(items));
            ArgumentNullException.ThrowIfNull(content, nameof(items));
            sorted[mime] = content;
        }
        return new MimeBundle(sorted);
    }

    /// <summary>Creates a bundle from <c>(mime, content)</c> tuples.</summary>
    public static MimeBundle Of(params (string Mime, string Content)[] items) =>
        Create(items.Select(i => KeyValuePair.Create(i.Mime, i.Content)));

    /// <summary>A bundle holding only <c>text/plain</c>.</summary>
    public static MimeBundle PlainText(string text) => Of((TextPlain, text));

    /// <summary>Returns a copy with <paramref name="mime"/> set to <paramref name="content"/>.</summary>
    public MimeBundle With(string mime, string content) =>
        Create(_items.Append(KeyValuePair.Create(mime, content)));

    /// <summary>True for mime types whose content is JSON (<c>application/json</c> or <c>application/*+json</c>).</summary>
    public static bool IsJsonMime(string mime)
    {
        ArgumentNullException.ThrowIfNull(mime);
        return mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public string this[string key] => _items[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _items.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _items.Values;

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _items.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) =>
        _items.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(MimeBundle? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MimeBundle);

    /// <inheritdoc />
    public override int GetHashCode() => _items.Aggregate(Count, (hash, item) => HashCode.Combine(hash, item.Key, item.Value));

    /// <summary>The mime types and content lengths, for debugging.</summary>
    public override string ToString() => "{" + string.Join(", ", _items.Select(i => $"{i.Key}: {i.Value.Length} chars")) + "}";
}
