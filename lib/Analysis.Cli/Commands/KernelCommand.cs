using System.CommandLine;
using Analysis.Kernel;
using Analysis.Kernel.Installation;

namespace Analysis.Cli.Commands;

/// <summary><c>analysis kernel --connection-file FILE</c> and <c>analysis kernel install</c>: the Jupyter kernel.</summary>
internal static class KernelCommand
{
    public static Command Create()
    {
        var connection = new Option<string>("--connection-file", "-f") { Description = "The connection file Jupyter passes to the kernel." };
        var command = new Command("kernel", "Run the C# Jupyter kernel (started by Jupyter, VS Code or JupyterLab), or install its kernelspec.")
        {
            connection, Install(),
        };
        command.SetAction(async (parse, cancel) =>
        {
            var file = parse.GetValue(connection);
            if (string.IsNullOrWhiteSpace(file)) return ReportCommand.Usage("kernel needs --connection-file FILE (or use 'analysis kernel install')");
            return await KernelCommandLine.RunAsync(file, cancel);
        });
        return command;
    }

    private static Command Install()
    {
        var user = new Option<bool>("--user") { Description = "Install for the current user (default)." };
        var prefix = new Option<string>("--prefix") { Description = "Install under PREFIX/share/jupyter/kernels (e.g. a virtualenv or conda env)." };
        var name = new Option<string>("--name") { Description = "Kernel name.", DefaultValueFactory = _ => "analysis-csharp" };
        var command = new Command("install", "Write the kernelspec (kernel.json) so Jupyter front ends find the C# kernel.") { user, prefix, name };
        command.SetAction(parse =>
        {
            try
            {
                var folder = KernelCommandLine.Install(new InstallOptions
                {
                    User = parse.GetValue(user),
                    Prefix = parse.GetValue(prefix),
                    Name = parse.GetValue(name)!,
                });
                Console.WriteLine($"installed kernelspec in {folder}");
                return Program.Success;
            }
            catch (ArgumentException e)
            {
                return ReportCommand.Usage(e.Message);
            }
        });
        return command;
    }
}
