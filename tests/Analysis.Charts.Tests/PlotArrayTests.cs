using System.Text.Json;

namespace Analysis.Charts.Tests;

public sealed class PlotArrayTests
{
    private enum Side { Left }

    public static TheoryData<object?, string> Values() => new()
    {
        { 3, "[3]" },
        { 3L, "[3]" },
        { (short)3, "[3]" },
        { 2.5, "[2.5]" },
        { 2.5f, "[2.5]" },
        { 2.5m, "[2.5]" },
        { double.NaN, "[null]" },
        { double.PositiveInfinity, "[null]" },
        { null, "[null]" },
        { "Kyiv", "[\"Kyiv\"]" },
        { true, "[true]" },
        { new DateOnly(2024, 3, 1), "[\"2024-03-01\"]" },
        { new DateTime(2024, 3, 1), "[\"2024-03-01\"]" },
        { new DateTime(2024, 3, 1, 14, 5, 9), "[\"2024-03-01T14:05:09\"]" },
        { new DateTime(2024, 3, 1, 14, 5, 9, 250), "[\"2024-03-01T14:05:09.25\"]" },
        { Side.Left, "[\"Left\"]" },
        { 'x', "[\"x\"]" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_serialise_invariantly(object? value, string expected)
    {
        var array = PlotArray.FromObjects([value]);
        Assert.Equal(expected, JsonSerializer.Serialize(array));
    }

    [Theory]
    [InlineData(typeof(Guid))]
    [InlineData(typeof(TimeSpan))]
    public void Unsupported_values_are_rejected_with_their_type_and_position(Type type)
    {
        var value = Activator.CreateInstance(type);
        var error = Assert.Throws<ArgumentException>(() => PlotArray.FromObjects(["ok", value]));
        Assert.Contains(type.Name, error.Message);
        Assert.Contains("Value 1", error.Message);
    }

    [Fact]
    public void Equality_is_element_wise()
    {
        Assert.Equal(PlotArray.From(new[] { 1, 2 }), PlotArray.From(new long[] { 1, 2 }));
        Assert.NotEqual(PlotArray.From(new[] { 1, 2 }), PlotArray.From(new[] { 2, 1 }));
        Assert.Equal(PlotArray.From(new[] { 1, 2 }).GetHashCode(), PlotArray.From(new long[] { 1, 2 }).GetHashCode());
    }
}
