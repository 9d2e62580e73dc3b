using Analysis.Lexicons;

namespace Analysis.Extraction.People;

/// <summary>The grammatical gender a given name suggests, used to match "he"/"she" to a person.</summary>
public enum Gender
{
    /// <summary>Unknown or either.</summary>
    Unknown,
    /// <summary>Usually male.</summary>
    Male,
    /// <summary>Usually female.</summary>
    Female,
}

/// <summary>Common given names (<c>Rules/people/given_names.txt</c>: <c>name | m/f/u</c>): a cue that a capitalised word starts a person's name.</summary>
public sealed class GivenNames
{
    private readonly Lexicon _names = Lexicon.Load("people/given_names.txt");

    /// <summary>The shared list.</summary>
    public static GivenNames Default { get; } = new();

    /// <summary>True when <paramref name="word"/> is a known given name.</summary>
    public bool Contains(string word) => _names.Contains(word);

    /// <summary>The gender of a given name, or of the first word of a full name.</summary>
    public Gender GenderOf(string name) => _names.ValueOf(NameParts.GivenName(name)) switch
    {
        "m" => Gender.Male,
        "f" => Gender.Female,
        _ => Gender.Unknown,
    };
}
