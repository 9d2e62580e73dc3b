using System.Text;

namespace Analysis.Notebooks.Formats;

/// <summary>Loads and saves notebook files by extension (<c>.ipynb</c> read/write, <c>.dib</c> read).</summary>
public static class NotebookFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is malformed (the message names it) or of unknown type.</exception>
    public static Notebook Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = File.ReadAllText(path, Encoding.UTF8);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".ipynb" => IpynbFormat.Parse(text, path),
            ".dib" => DibFormat.Parse(text, path),
            var other => throw new NotebookFormatException($"{path}: unknown notebook type \"{other}\" (expected .ipynb or .dib)."),
        };
    }

    /// <summary>Writes <paramref name="notebook"/> as <c>.ipynb</c> (UTF-8 without BOM, deterministic).</summary>
    public static void Save(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Notebooks are saved as .ipynb; \"{path}\" has another extension.", nameof(path));
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllText(path, IpynbFormat.Serialize(notebook), Utf8NoBom);
    }
}
