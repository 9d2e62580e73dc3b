namespace Analysis.Extraction;

/// <summary>
/// Hands numbered results, completed in any order by several threads, to one action in number order (0, 1, 2, …),
/// one at a time, without a thread of its own: the thread that completes the result next in line hands it on, and
/// any later ones already waiting, while the others go on working. A thread that completes a result more than
/// <c>window</c> ahead of the next in line waits until the line catches up, so the results held stay bounded.
/// </summary>
internal sealed class OrderedHandOff<T>
{
    private readonly Action<T> _handOn;
    private readonly int _window;
    private readonly Dictionary<long, T> _waiting = [];
    private readonly object _gate = new();
    private long _next;
    private bool _handing, _stopped;

    public OrderedHandOff(Action<T> handOn, int window)
    {
        ArgumentNullException.ThrowIfNull(handOn);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        (_handOn, _window) = (handOn, window);
    }

    /// <summary>
    /// Result number <paramref name="number"/> is ready: hands it on now if it is next in line and no other thread is
    /// handing on, else leaves it to the thread that is (or that completes the one next in line). Once stopped, drops it.
    /// </summary>
    public void Complete(long number, T result)
    {
        lock (_gate)
        {
            while (number - _next >= _window && !_stopped) Monitor.Wait(_gate);
            if (_stopped) return;
            _waiting.Add(number, result);
            if (_handing || number != _next) return;
            _handing = true;
        }
        try { HandOnWaiting(); }
        catch
        {
            Stop();
            throw;
        }
    }

    /// <summary>Stops the line (a worker failed): waiting threads return, and nothing more is handed on.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    // Hands on results in line until the next one is not ready. The action runs outside the lock, so a thread that
    // completes a result meanwhile only adds it.
    private void HandOnWaiting()
    {
        while (true)
        {
            T result;
            lock (_gate)
            {
                if (_stopped || !_waiting.Remove(_next, out result!))
                {
                    _handing = false;
                    return;
                }
                _next++;
                Monitor.PulseAll(_gate);
            }
            _handOn(result);
        }
    }
}
