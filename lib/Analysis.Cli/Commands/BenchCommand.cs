using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analysis.Articles;

namespace Analysis.Cli.Commands;

/// <summary>
/// <c>analysis bench [CORPUS]</c>: times the full extraction of a corpus (1 thread and all cores, each in a child
/// process so its peak memory is its own), then the npm peers on the same texts, wink-nlp and compromise, each against
/// the 1-thread runs of ours just before and after it (compromise, some 40x slower, may be limited to the first
/// articles, against 1-thread extractions of those), and prints MB/s, words/s, peak RSS and the ratios against this
/// project's targets: beside the whole run's, the words/s of analysing alone, timed as the peers are (texts in memory,
/// nothing written). Every run is warmed up before its clock starts, ours (<c>extract --stats</c>) and the peers'. Each
/// comparison is made in rounds (three by default), each run between two 1-thread runs of ours, and the median of the
/// rounds' ratios is the figure: the VM's speed drifts, and one run of either side can fall in a slow spell.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string?>("corpus") { Description = "A .jsonl corpus (default: ../shared/corpus/reuters21578.jsonl from the repository root).", Arity = ArgumentArity.ZeroOrOne };
        var peerArticles = new Option<int>("--peer-articles") { Description = "Articles compromise and its matching extraction run on (default 0: the whole corpus; compromise reads ~10,000 words/s, so Reuters-21578 takes it 4-5 minutes).", DefaultValueFactory = _ => 0 };
        var threads = new Option<int>("--threads", "-j") { Description = "Threads of the parallel run (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var noPeers = new Option<bool>("--no-peers") { Description = "Skip the npm peers." };
        var rounds = new Option<int>("--rounds") { Description = "Rounds of each comparison; the median ratio is reported (default 3).", DefaultValueFactory = _ => 3 };
        var command = new Command("bench", "Benchmark extraction throughput and memory against the npm peers wink-nlp and compromise.")
        {
            corpus, peerArticles, threads, noPeers, rounds,
        };
        command.SetAction(parse => Run(parse.GetValue(corpus), parse.GetValue(peerArticles), parse.GetValue(threads), parse.GetValue(noPeers),
            Math.Max(1, parse.GetValue(rounds))));
        return command;
    }

    private static int Run(string? corpusArg, int peerArticles, int threads, bool noPeers, int rounds)
    {
        var root = RepoRoot();
        var corpus = corpusArg ?? (root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "reuters21578.jsonl")));
        if (corpus is null || !File.Exists(corpus))
        {
            Console.Error.WriteLine($"analysis: corpus not found: {corpus ?? "(give its path)"}");
            return Program.UsageError;
        }
        var work = Directory.CreateTempSubdirectory("analysis-bench-");
        try
        {
            var full = TextStats.Of(corpus);
            Console.WriteLine($"corpus: {corpus}: {full}");
            var (runs, peak) = (0, 0.0);
            Measured Timed(int j)
            {
                var run = Extract(corpus, Path.Combine(work.FullName, $"j{j}-{++runs}"), j, full);
                Report($"extract -j {j}", run);
                peak = Math.Max(peak, run.PeakRssMb);
                return run;
            }
            // Each parallel run is compared, as the peers are, with the 1-thread runs just before and after it.
            var (latest, ratios) = Rounds(rounds, Timed(1), () => Timed(1), _ => Timed(threads),
                (many, mean) => [many.WordsPerSecond / mean.WordsPerSecond]);
            var identical = SameTables(Path.Combine(work.FullName, "j1-1"), Path.Combine(work.FullName, $"j{threads}-2"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"speed-up {threads} threads / 1 thread: {Median(ratios, 0):F2}x, the median of {RoundList(ratios, 0)} (target >= 1.8x; each run against the 1-thread runs before and after it); tables identical: {(identical ? "yes" : "NO")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak RSS: {peak:F0} MB (target < 400 MB)"));
            if (!noPeers) Peers(root, corpus, full, peerArticles, work.FullName, latest, rounds);
            return identical ? Program.Success : Program.Partial;
        }
        finally { work.Delete(recursive: true); }
    }

    // `rounds` times: a run of the other side, then a 1-thread run of ours; `compare` gets the other run and the mean of
    // ours around it and returns its ratios. Returns our last run and every round's ratios.
    private static (Measured Latest, List<double[]> Ratios) Rounds(int rounds, Measured before, Func<Measured> ours,
        Func<Measured, Measured?> other, Func<Measured, Measured, double[]> compare)
    {
        var ratios = new List<double[]>();
        for (var round = 0; round < rounds; round++)
        {
            if (other(before) is not { } theirs) break;
            var after = ours();
            ratios.Add(compare(theirs, Mean(before, after)));
            before = after;
        }
        return (before, ratios);
    }

    private static double Median(List<double[]> ratios, int which)
    {
        var sorted = ratios.Select(r => r[which]).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    // "3 rounds: 1.92, 1.86, 1.63".
    private static string RoundList(List<double[]> ratios, int which) =>
        $"{ratios.Count} round{(ratios.Count == 1 ? "" : "s")}: " + string.Join(", ", ratios.Select(r => r[which].ToString("F2", CultureInfo.InvariantCulture)));

    // Each peer runs between two 1-thread extractions of the same texts and is compared with their mean (the first is
    // `latest`, the run after the last parallel one): the VM's speed drifts by up to 2x within minutes, and a peer takes
    // up to minutes, so one run of ours minutes away from it could be measured at another speed.
    private static void Peers(string? root, string corpus, TextStats full, int articles, string work, Measured latest, int rounds)
    {
        var peers = root is null ? null : Path.Combine(root, "lib", "Analysis.Bench", "peers");
        if (peers is null || !Directory.Exists(Path.Combine(peers, "node_modules")))
        {
            Console.WriteLine($"peers: skipped (install them with: npm ci --prefix lib/Analysis.Bench/peers)");
            return;
        }
        var runs = 0;
        Func<Measured> Ours(string input, TextStats stats) => () =>
        {
            var run = Extract(input, Path.Combine(work, $"peer-j1-{++runs}"), 1, stats);
            Report("extract -j 1", run);
            return run;
        };
        Console.WriteLine("peer texts: the whole corpus");
        var between = Peer(peers, corpus, "wink-nlp", 3, latest, Ours(corpus, full), rounds);
        if (articles <= 0)
        {
            Peer(peers, corpus, "compromise", 50, between, Ours(corpus, full), rounds);
            return;
        }
        var subset = Path.Combine(work, "subset.jsonl");
        File.WriteAllLines(subset, File.ReadLines(corpus).Where(l => l.Trim().Length > 0).Take(articles), new UTF8Encoding(false));
        var stats = TextStats.Of(subset);
        Console.WriteLine($"peer texts: first {articles.ToString(CultureInfo.InvariantCulture)} articles: {stats}");
        Peer(peers, subset, "compromise", 50, Ours(subset, stats)(), Ours(subset, stats), rounds);
    }

    // Runs one npm peer on the texts of `input` in rounds, each after our run before it and followed by ours again;
    // prints its figures and our words/s (the mean of the two runs around it) over its, then the medians; returns our
    // last run.
    private static Measured Peer(string peers, string input, string peer, double target, Measured before, Func<Measured> ours, int rounds)
    {
        var (latest, ratios) = Rounds(rounds, before, ours, previous =>
        {
            var (code, output) = Exec(new ProcessStartInfo("node") { ArgumentList = { Path.Combine(peers, "peers.mjs"), input, peer } });
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith('{'));
            if (code != 0 || line is null) { Console.WriteLine($"{peer}: node failed ({code}): {output}"); return null; }
            using var json = System.Text.Json.JsonDocument.Parse(line);
            double Number(string key) => json.RootElement.GetProperty(key).GetDouble();
            var theirs = new Measured(Number("seconds"), Number("words_per_s"), double.NaN, Number("peak_rss_mb"));
            Report(peer, theirs with { MegabytesPerSecond = previous.MegabytesPerSecond * previous.Seconds / theirs.Seconds });
            return theirs;
        }, (theirs, mean) =>
        {
            // The peers are timed on texts already in memory, writing nothing: the like-for-like figure is our analysis
            // alone; the whole run (reading the corpus, writing and resolving the tables) is given beside it.
            double[] ratio = [mean.AnalysisWordsPerSecond / theirs.WordsPerSecond, mean.WordsPerSecond / theirs.WordsPerSecond];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  analysis -j 1 / {peer}: {ratio[0]:F1}x words/s analysing, as {peer} is timed; {ratio[1]:F1}x for the whole run (our runs before and after it)"));
            return ratio;
        });
        if (ratios.Count > 0)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"analysis -j 1 / {peer}: {Median(ratios, 0):F1}x words/s analysing, {Median(ratios, 1):F1}x for the whole run (target >= {target}x), the medians of {ratios.Count} round{(ratios.Count == 1 ? "" : "s")}"));
        return latest;
    }

    // Two runs of the same texts as one: the rates over the summed time.
    private static Measured Mean(Measured a, Measured b) => new(
        (a.Seconds + b.Seconds) / 2, Harmonic(a.WordsPerSecond, b.WordsPerSecond), Harmonic(a.MegabytesPerSecond, b.MegabytesPerSecond),
        Math.Max(a.PeakRssMb, b.PeakRssMb))
    {
        AnalysisWordsPerSecond = Harmonic(a.AnalysisWordsPerSecond, b.AnalysisWordsPerSecond),
    };

    private static double Harmonic(double a, double b) => 2 / (1 / a + 1 / b);

    private static Measured Extract(string input, string output, int threads, TextStats stats)
    {
        var (code, text) = Exec(SelfProcess.StartInfo(
            ["extract", input, "--out", output, "-j", threads.ToString(CultureInfo.InvariantCulture), "--quiet", "--stats"]));
        if (code > Program.Partial) throw new InvalidOperationException($"extraction failed ({code}): {text}");
        var values = RunStats.Parse(text);
        double Value(string key) => double.Parse(values[key], CultureInfo.InvariantCulture);
        return new Measured(Value("elapsed_s"), stats.Words / Value("elapsed_s"), stats.Megabytes / Value("elapsed_s"),
            values.ContainsKey("peak_rss_mb") ? Value("peak_rss_mb") : double.NaN)
        {
            StartupSeconds = Value("startup_s"),
            AnalysisWordsPerSecond = threads == 1 ? stats.Words / Value("analyse_s") : double.NaN,
        };
    }

    // Our runs also say how long loading the rules took before the clock started (the peers load their models untimed),
    // and, on one thread, the words/s of analysing alone.
    private static void Report(string name, Measured run) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} {run.Seconds,8:F2} s {run.MegabytesPerSecond,8:F2} MB/s {run.WordsPerSecond,12:N0} words/s {run.PeakRssMb,7:F0} MB peak")
            + (run.StartupSeconds is { } startup ? string.Create(CultureInfo.InvariantCulture, $" (+{startup:F2} s warm-up)") : "")
            + (double.IsNaN(run.AnalysisWordsPerSecond) ? "" : string.Create(CultureInfo.InvariantCulture, $"; analysing alone {run.AnalysisWordsPerSecond:N0} words/s")));

    private static (int Code, string Output) Exec(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static bool SameTables(string a, string b) =>
        Analysis.Tables.TableSet.FileNames.All(f => File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))));

    private static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) return dir.FullName;
        return null;
    }

    private sealed record Measured(double Seconds, double WordsPerSecond, double MegabytesPerSecond, double PeakRssMb)
    {
        /// <summary>Rule loading before the timed run (ours only; null for a peer).</summary>
        public double? StartupSeconds { get; init; }

        /// <summary>Words/s of analysing alone, without reading the corpus or writing tables (ours on one thread; else NaN).</summary>
        public double AnalysisWordsPerSecond { get; init; } = double.NaN;
    }

    /// <summary>Size of a corpus' article texts: words are whitespace-separated tokens, as the node peers count them.</summary>
    private sealed record TextStats(long Articles, long Words, double Megabytes)
    {
        public static TextStats Of(string path)
        {
            long articles = 0, words = 0, bytes = 0;
            foreach (var article in ArticleSource.Articles(path))
            {
                articles++;
                words += CountWords(article.Text);
                bytes += Encoding.UTF8.GetByteCount(article.Text);
            }
            return new(articles, words, bytes / 1e6);
        }

        private static long CountWords(string text)
        {
            long n = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var space = char.IsWhiteSpace(c);
                if (!space && !inWord) n++;
                inWord = !space;
            }
            return n;
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Articles:N0} articles, {Words:N0} words, {Megabytes:F1} MB of text");
    }
}
