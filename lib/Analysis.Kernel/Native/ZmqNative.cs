using System.Runtime.InteropServices;

namespace Analysis.Kernel.Native;

/// <summary>
/// Raw libzmq 4.x entry points. Only what the kernel needs: contexts, sockets, multipart
/// send/receive through <c>zmq_msg_t</c>, and <c>zmq_poll</c>.
/// </summary>
internal static unsafe partial class ZmqNative
{
    /// <summary>Logical library name; <see cref="ZmqLibraryResolver"/> maps it to the platform's file.</summary>
    public const string LibraryName = "libzmq";

    public const int Pair = 0;
    public const int Pub = 1;
    public const int Rep = 4;
    public const int Router = 6;

    public const int OptionRcvMore = 13;
    public const int OptionLinger = 17;

    public const int FlagDontWait = 1;
    public const int FlagSendMore = 2;

    public const short PollIn = 1;

    /// <summary>ZMQ_HAUSNUMERO + 53: the context was terminated while a call was blocked.</summary>
    public const int ETerm = 156384712 + 53;

    /// <summary>EINTR is 4 on every platform libzmq supports.</summary>
    public const int EIntr = 4;

    static ZmqNative() => ZmqLibraryResolver.EnsureRegistered();

    /// <summary>zmq_msg_t is an opaque 64-byte, pointer-aligned structure.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 64)]
    public struct Message
    {
        private readonly long _first;
    }

    /// <summary>zmq_pollitem_t on POSIX: the fd member is an int.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollItemPosix
    {
        public nint Socket;
        public int Fd;
        public short Events;
        public short Revents;
    }

    /// <summary>zmq_pollitem_t on Windows: the fd member is a SOCKET (pointer-sized).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollItemWindows
    {
        public nint Socket;
        public nint Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport(LibraryName, EntryPoint = "zmq_version")]
    public static partial void Version(out int major, out int minor, out int patch);

    [LibraryImport(LibraryName, EntryPoint = "zmq_errno")]
    public static partial int Errno();

    [LibraryImport(LibraryName, EntryPoint = "zmq_strerror")]
    public static partial nint StrError(int errnum);

    [LibraryImport(LibraryName, EntryPoint = "zmq_ctx_new")]
    public static partial nint ContextNew();

    [LibraryImport(LibraryName, EntryPoint = "zmq_ctx_shutdown")]
    public static partial int ContextShutdown(nint context);

    [LibraryImport(LibraryName, EntryPoint = "zmq_ctx_term")]
    public static partial int ContextTerm(nint context);

    [LibraryImport(LibraryName, EntryPoint = "zmq_socket")]
    public static partial nint Socket(nint context, int type);

    [LibraryImport(LibraryName, EntryPoint = "zmq_close")]
    public static partial int Close(nint socket);

    [LibraryImport(LibraryName, EntryPoint = "zmq_setsockopt")]
    public static partial int SetSocketOption(nint socket, int option, void* value, nuint length);

    [LibraryImport(LibraryName, EntryPoint = "zmq_getsockopt")]
    public static partial int GetSocketOption(nint socket, int option, void* value, nuint* length);

    [LibraryImport(LibraryName, EntryPoint = "zmq_bind", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Bind(nint socket, string endpoint);

    [LibraryImport(LibraryName, EntryPoint = "zmq_connect", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Connect(nint socket, string endpoint);

    [LibraryImport(LibraryName, EntryPoint = "zmq_send")]
    public static partial int Send(nint socket, byte* buffer, nuint length, int flags);

    [LibraryImport(LibraryName, EntryPoint = "zmq_msg_init")]
    public static partial int MessageInit(Message* message);

    [LibraryImport(LibraryName, EntryPoint = "zmq_msg_recv")]
    public static partial int MessageReceive(Message* message, nint socket, int flags);

    [LibraryImport(LibraryName, EntryPoint = "zmq_msg_data")]
    public static partial byte* MessageData(Message* message);

    [LibraryImport(LibraryName, EntryPoint = "zmq_msg_size")]
    public static partial nuint MessageSize(Message* message);

    [LibraryImport(LibraryName, EntryPoint = "zmq_msg_more")]
    public static partial int MessageMore(Message* message);

    [LibraryImport(LibraryName, EntryPoint = "zmq_msg_close")]
    public static partial int MessageClose(Message* message);

    [LibraryImport(LibraryName, EntryPoint = "zmq_poll")]
    public static partial int PollPosix(PollItemPosix* items, int count, long timeout);

    [LibraryImport(LibraryName, EntryPoint = "zmq_poll")]
    public static partial int PollWindows(PollItemWindows* items, int count, long timeout);

    /// <summary>The text libzmq gives for an error number.</summary>
    public static string Describe(int errnum) => Marshal.PtrToStringUTF8(StrError(errnum)) ?? $"error {errnum}";
}
