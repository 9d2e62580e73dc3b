namespace Analysis.Kernel.Native;

/// <summary>A libzmq call failed; carries libzmq's error number and text.</summary>
public sealed class ZmqException : Exception
{
    /// <summary>Creates the exception for a failed operation.</summary>
    /// <param name="operation">What the kernel was doing, e.g. "bind tcp://127.0.0.1:5555".</param>
    /// <param name="errorNumber">The value of zmq_errno() right after the failure.</param>
    public ZmqException(string operation, int errorNumber)
        : base($"{operation} failed: {ZmqNative.Describe(errorNumber)} (errno {errorNumber})")
    {
        ErrorNumber = errorNumber;
    }

    /// <summary>libzmq's error number (errno values, or ZMQ_HAUSNUMERO-based codes such as ETERM).</summary>
    public int ErrorNumber { get; }

    /// <summary>True when the context was terminated under the call: the normal end of a blocking loop.</summary>
    public bool IsContextTerminated => ErrorNumber == ZmqNative.ETerm;

    internal static ZmqException Last(string operation) => new(operation, ZmqNative.Errno());
}
