using Analysis.Core.Tests.Gold;
using Analysis.Extraction;

namespace Analysis.Core.Tests.People;

/// <summary>The seeds' gold people, scored as score.py does: one item per person, name-kind rows counted.</summary>
public sealed class PeopleGoldTests
{
    [Theory]
    [MemberData(nameof(GoldSet.Ids), MemberType = typeof(GoldSet))]
    public void Every_gold_person_is_found_with_the_exact_mention_count(string id)
    {
        var c = GoldSet.Get(id[..3]);
        var counts = c.Result.Mentions.Where(m => m.Kind == MentionKind.Name).GroupBy(m => m.Person).ToDictionary(g => g.Key, g => g.Count());
        foreach (var person in c.Gold.People)
        {
            Assert.True(counts.ContainsKey(person.Name), $"{id}: missed {person.Name}");
            Assert.Equal(person.Mentions, counts[person.Name]);
        }
        var optional = (c.Gold.OptionalPeople ?? []).Select(p => p.Name).ToHashSet();
        var extra = counts.Keys.Where(p => !c.Gold.People.Any(g => g.Name == p) && !optional.Contains(p)).ToArray();
        Assert.Empty(extra);
    }

    [Theory]
    [MemberData(nameof(GoldSet.Ids), MemberType = typeof(GoldSet))]
    public void No_trap_is_a_person(string id)
    {
        var c = GoldSet.Get(id[..3]);
        foreach (var trap in c.Gold.NotPeople)
            Assert.DoesNotContain(c.Result.Mentions, m => m.Surface == trap || m.Person == trap);
    }

    [Theory]
    [MemberData(nameof(GoldSet.Ids), MemberType = typeof(GoldSet))]
    public void Title_references_resolve_to_the_gold_person(string id)
    {
        var c = GoldSet.Get(id[..3]);
        foreach (var t in c.Gold.TitleReferences ?? [])
        {
            var span = c.Span(t.Evidence);
            var title = Assert.Single(c.Result.Mentions, m => m.Kind == MentionKind.Title && GoldCase.Overlaps(span, m.Start, m.End));
            Assert.Equal(t.RefersTo, title.Person);
        }
    }
}
