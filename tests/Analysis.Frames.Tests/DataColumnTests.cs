namespace Analysis.Frames.Tests;

public sealed class DataColumnTests
{
    [Fact]
    public void NullableValuesBecomeMissingCells()
    {
        var column = DataColumn.Create<long>("n", [1, null, 3]);

        Assert.Equal(typeof(long), column.DataType);
        Assert.Equal(3, column.Length);
        Assert.Equal(1, column.MissingCount);
        Assert.True(column.IsMissing(1));
        Assert.Null(column[1]);
        Assert.Equal(3L, column[2]);
        Assert.Equal(0L, column.GetValue(1));
        Assert.False(column.TryGetValue(1, out _));
        Assert.True(column.TryGetValue(2, out var value));
        Assert.Equal(3L, value);
    }

    [Fact]
    public void StringNullsAreMissing()
    {
        var column = DataColumn.Create<string>("s", ["a", null, ""]);

        Assert.True(column.IsMissing(1));
        Assert.False(column.IsMissing(2));
        Assert.Equal(["a", null, ""], column.Values);
    }

    [Fact]
    public void IntsWidenToLong()
    {
        DataColumn column = DataColumn.Create("n", new[] { 1, 2 });
        DataColumn nullable = DataColumn.Create("m", new int?[] { 1, null });

        Assert.Equal(typeof(long), column.DataType);
        Assert.Equal(typeof(long), nullable.DataType);
        Assert.True(nullable.IsMissing(1));
    }

    [Theory]
    [InlineData(typeof(DateOnly))]
    [InlineData(typeof(DateTime))]
    [InlineData(typeof(bool))]
    [InlineData(typeof(double))]
    public void EverySupportedValueTypeRoundTripsThroughCreate(Type type)
    {
        DataColumn column = type == typeof(DateOnly) ? DataColumn.Create<DateOnly>("c", [new DateOnly(2024, 1, 2), null])
            : type == typeof(DateTime) ? DataColumn.Create<DateTime>("c", [new DateTime(2024, 1, 2, 3, 4, 5), null])
            : type == typeof(bool) ? DataColumn.Create<bool>("c", [true, null])
            : DataColumn.Create<double>("c", [1.5, null]);

        Assert.Equal(type, column.DataType);
        Assert.IsType(type, column[0]);
        Assert.True(column.IsMissing(1));
    }

    [Fact]
    public void UnsupportedTypeIsRejectedWithTheSupportedList()
    {
        var error = Assert.Throws<ArgumentException>(() => DataColumn.Create<decimal>("price", [1m]));

        Assert.Contains("price", error.Message);
        Assert.Contains("DateOnly", error.Message);
    }

    [Fact]
    public void AsNamesTheActualType()
    {
        var column = DataColumn.Create<string>("person", ["a"]);

        var error = Assert.Throws<InvalidCastException>(() => column.As<long>());

        Assert.Contains("'person'", error.Message);
        Assert.Contains("string", error.Message);
    }

    [Fact]
    public void IndexOutOfRangeNamesTheColumn()
    {
        var column = DataColumn.Create<long>("n", [1]);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => column[5]);

        Assert.Contains("'n'", error.Message);
    }

    [Fact]
    public void FromObjectsInfersTheCommonType()
    {
        Assert.Equal(typeof(long), DataColumn.FromObjects("a", [1, 2L, null]).DataType);
        Assert.Equal(typeof(double), DataColumn.FromObjects("b", [1, 2.5]).DataType);
        Assert.Equal(typeof(string), DataColumn.FromObjects("c", [1, "x"]).DataType);
        Assert.Equal(typeof(string), DataColumn.FromObjects("d", [DayOfWeek.Monday]).DataType);
        Assert.Equal("Monday", DataColumn.FromObjects("d", [DayOfWeek.Monday])[0]);
        Assert.Equal(typeof(string), DataColumn.FromObjects("e", [null, null]).DataType);
    }
}
