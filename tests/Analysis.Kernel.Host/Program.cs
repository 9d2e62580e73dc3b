using Analysis.Kernel;
using Analysis.Kernel.Installation;

// Mirrors the CLI verbs the real `analysis` command exposes:
//   kernel --connection-file FILE
//   kernel install [--user | --prefix DIR] [--name NAME]
if (args is ["kernel", "--connection-file", var connectionFile])
{
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    return await KernelCommandLine.RunAsync(connectionFile, cancellation.Token);
}

if (args is ["kernel", "install", .. var rest])
{
    var options = new InstallOptions();
    for (var i = 0; i < rest.Length; i++)
    {
        options = rest[i] switch
        {
            "--user" => options with { User = true },
            "--prefix" when i + 1 < rest.Length => options with { Prefix = rest[++i] },
            "--name" when i + 1 < rest.Length => options.WithName(rest[++i]),
            _ => throw new ArgumentException($"Unknown install option '{rest[i]}'."),
        };
    }

    Console.WriteLine(KernelCommandLine.Install(options));
    return 0;
}

Console.Error.WriteLine("usage: Analysis.Kernel.Host kernel --connection-file FILE | kernel install [--user | --prefix DIR] [--name NAME]");
return 2;
