using System.Linq.Expressions;
using System.Reflection;
using Analysis.Frames.Internal;

namespace Analysis.Frames;

public sealed partial class DataFrame
{
    /// <summary>
    /// Builds a frame from objects: each public instance property becomes a column, in declaration order
    /// (base-class properties first). <see cref="ColumnNameAttribute"/> overrides a name; ints widen to long,
    /// floats and decimals to double, enums become their names, nullable value types give missing cells,
    /// and other types become invariant text (sequences joined with "; ").
    /// Works with anonymous types: <c>FromRecords(items.Select(x =&gt; new { x.Id, x.Name }))</c>.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="rows">The records; <c>null</c> records are not allowed.</param>
    public static DataFrame FromRecords<T>(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var items = rows.ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"Record {i} is null.", nameof(rows));
            }
        }

        var columns = RecordProperties(typeof(T))
            .Select(p => BuildColumn(items, p))
            .ToArray();
        return new DataFrame(columns, items.Length);
    }

    private static DataColumn BuildColumn<T>(T[] items, PropertyInfo property)
    {
        var name = property.GetCustomAttribute<ColumnNameAttribute>()?.Name
            ?? PositionalParameterName(property)
            ?? property.Name;

        // A compiled getter per property keeps FromRecords fast on tens of thousands of records.
        var build = typeof(DataFrame)
            .GetMethod(nameof(BuildTypedColumn), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(typeof(T), property.PropertyType);
        return (DataColumn)build.Invoke(null, [items, property, name])!;
    }

    private static DataColumn BuildTypedColumn<T, TValue>(T[] items, PropertyInfo property, string name)
    {
        var parameter = Expression.Parameter(typeof(T));
        var getter = Expression.Lambda<Func<T, TValue>>(Expression.Property(parameter, property), parameter).Compile();
        var values = new TValue[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = getter(items[i]);
        }

        return ColumnFactory.FromValues(name, values);
    }

    /// <summary>
    /// A positional record written as <c>record R([ColumnName("x")] int X)</c> puts the attribute on the constructor
    /// parameter, not the property; honour it there too so both spellings work.
    /// </summary>
    private static string? PositionalParameterName(PropertyInfo property) =>
        property.DeclaringType!
            .GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Where(p => p.Name == property.Name && p.ParameterType == property.PropertyType)
            .Select(p => p.GetCustomAttribute<ColumnNameAttribute>()?.Name)
            .FirstOrDefault(n => n is not null);

    private static IEnumerable<PropertyInfo> RecordProperties(Type type)
    {
        // Reflection does not promise declaration order; metadata tokens within a type do follow it.
        var hierarchy = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            hierarchy.Insert(0, t);
        }

        return hierarchy.SelectMany(t => t
            .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.CanRead && p.GetMethod!.IsPublic && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken));
    }
}
