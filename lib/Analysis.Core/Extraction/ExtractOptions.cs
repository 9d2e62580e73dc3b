namespace Analysis.Extraction;

/// <summary>How a corpus is extracted.</summary>
public sealed record ExtractOptions
{
    /// <summary>Worker threads (default: all cores). Output is identical for any value.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Called after each article or error, for progress display (may be null).</summary>
    public IProgress<ExtractProgress>? Progress { get; init; }

    /// <summary>Which deterministic part of the input to process (null: all of it).</summary>
    public Shard? Shard { get; init; }

    /// <summary>
    /// Also write <c>sentences.csv</c> (every sentence with its text, see <see cref="Tables.TableSet.SentencesFile"/>), so a
    /// corpus loaded from the tables can show mentions in their sentences. Not with <see cref="Shard"/>.
    /// </summary>
    public bool Sentences { get; init; }

    /// <summary>Default options.</summary>
    public static ExtractOptions Default { get; } = new();

    /// <summary>These options with <paramref name="threads"/> worker threads.</summary>
    public ExtractOptions WithParallelism(int threads) => this with { Parallelism = Math.Max(1, threads) };

    /// <summary>These options processing only <paramref name="shard"/> of the input.</summary>
    public ExtractOptions WithShard(Shard? shard) => this with { Shard = shard };

    /// <summary>These options writing <c>sentences.csv</c> beside the tables (or not).</summary>
    public ExtractOptions WithSentences(bool sentences = true) => this with { Sentences = sentences };

    /// <summary>These options reporting progress to <paramref name="progress"/>.</summary>
    public ExtractOptions WithProgress(IProgress<ExtractProgress>? progress) => this with { Progress = progress };
}

/// <summary>Progress of an extraction run.</summary>
/// <param name="Articles">Articles extracted so far.</param>
/// <param name="Errors">Inputs rejected so far.</param>
/// <param name="Characters">Characters of article text processed so far.</param>
public readonly record struct ExtractProgress(long Articles, long Errors, long Characters);
