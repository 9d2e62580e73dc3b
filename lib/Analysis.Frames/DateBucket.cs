namespace Analysis.Frames;

/// <summary>Calendar buckets for <see cref="DataFrame.BucketDates"/>; a bucket is named by its first day.</summary>
public enum DateBucket
{
    /// <summary>The day itself.</summary>
    Day,
    /// <summary>ISO week: Monday to Sunday, named by its Monday.</summary>
    Week,
    /// <summary>Calendar month, named by its 1st.</summary>
    Month,
    /// <summary>Calendar quarter (Jan/Apr/Jul/Oct), named by its first day.</summary>
    Quarter,
    /// <summary>Calendar year, named by 1 January.</summary>
    Year,
}
