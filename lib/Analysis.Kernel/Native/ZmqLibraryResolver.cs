using System.Reflection;
using System.Runtime.InteropServices;

namespace Analysis.Kernel.Native;

/// <summary>
/// Maps the logical name <c>libzmq</c> to the file each platform ships: Debian's <c>libzmq.so.5</c>
/// (package libzmq5 has no unversioned symlink), Homebrew's dylib, or a vcpkg/conda DLL on Windows.
/// <c>ANALYSIS_LIBZMQ</c> may name an exact file when none of the usual places has it.
/// </summary>
internal static class ZmqLibraryResolver
{
    /// <summary>Environment variable that overrides the search with an explicit library path.</summary>
    public const string OverrideVariable = "ANALYSIS_LIBZMQ";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Installs the resolver once for this assembly (the runtime allows only one per assembly).</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            NativeLibrary.SetDllImportResolver(typeof(ZmqLibraryResolver).Assembly, Resolve);
            _registered = true;
        }
    }

    /// <summary>File names tried in order on the current platform.</summary>
    public static IReadOnlyList<string> Candidates()
    {
        var candidates = new List<string>();
        var explicitPath = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            candidates.Add(explicitPath);
        }

        if (OperatingSystem.IsWindows())
        {
            candidates.AddRange(["libzmq.dll", "libzmq-mt-4_3_5.dll", "libzmq-mt-4_3_4.dll", "libzmq-v143-mt-4_3_5.dll"]);
        }
        else if (OperatingSystem.IsMacOS())
        {
            candidates.AddRange([
                "libzmq.5.dylib", "libzmq.dylib",
                "/opt/homebrew/lib/libzmq.5.dylib", "/usr/local/lib/libzmq.5.dylib", "/opt/local/lib/libzmq.5.dylib",
            ]);
        }
        else
        {
            candidates.AddRange(["libzmq.so.5", "libzmq.so"]);
        }

        return candidates;
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != ZmqNative.LibraryName)
        {
            return nint.Zero;
        }

        foreach (var candidate in Candidates())
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(
            $"libzmq was not found (tried {string.Join(", ", Candidates())}). Install it: "
            + "Debian/Ubuntu 'apt install libzmq5', macOS 'brew install zeromq', Windows 'vcpkg install zeromq' "
            + $"or conda 'zeromq'; or set {OverrideVariable} to the library file.");
    }
}
