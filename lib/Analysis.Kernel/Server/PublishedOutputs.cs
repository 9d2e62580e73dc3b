using System.Text;
using Analysis.Kernel.Backend;

namespace Analysis.Kernel.Server;

/// <summary>
/// Publishes each output of a cell once. Backends report outputs live and then list all of them in
/// the result, where stream chunks may come back merged into new objects. Non-stream outputs are
/// recognised by reference (records compare by value, and two equal prints are still two outputs);
/// result streams are matched against the text already streamed live, and only text not yet shown
/// is published.
/// </summary>
internal sealed class PublishedOutputs(Action<KernelOutput> publish)
{
    private readonly Lock _gate = new();
    private readonly HashSet<KernelOutput> _published = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, StringBuilder> _liveText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _matchedText = new(StringComparer.Ordinal);

    /// <summary>An output reported while the cell runs (any thread).</summary>
    public void PublishLive(KernelOutput output)
    {
        lock (_gate)
        {
            if (!_published.Add(output))
            {
                return;
            }

            if (output is KernelStreamOutput stream)
            {
                LiveText(stream.Name).Append(stream.Text);
            }
        }

        publish(output);
    }

    /// <summary>An output from the final result list; published only if the live outputs did not already show it.</summary>
    public void PublishFinal(KernelOutput output)
    {
        KernelOutput? toPublish;
        lock (_gate)
        {
            if (!_published.Add(output))
            {
                if (output is KernelStreamOutput shown)
                {
                    // The very object streamed live: its text is accounted for, in order.
                    _matchedText[shown.Name] = _matchedText.GetValueOrDefault(shown.Name) + shown.Text.Length;
                }

                return;
            }

            toPublish = output is KernelStreamOutput stream ? Unshown(stream) : output;
        }

        if (toPublish is not null)
        {
            publish(toPublish);
        }
    }

    private KernelStreamOutput? Unshown(KernelStreamOutput stream)
    {
        var live = LiveText(stream.Name);
        var matched = _matchedText.GetValueOrDefault(stream.Name);
        var overlap = 0;
        while (overlap < stream.Text.Length && matched + overlap < live.Length && live[matched + overlap] == stream.Text[overlap])
        {
            overlap++;
        }

        _matchedText[stream.Name] = matched + overlap;
        return overlap == stream.Text.Length ? null : new KernelStreamOutput(stream.Name, stream.Text[overlap..]);
    }

    private StringBuilder LiveText(string name)
    {
        if (!_liveText.TryGetValue(name, out var text))
        {
            text = new StringBuilder();
            _liveText.Add(name, text);
        }

        return text;
    }
}
