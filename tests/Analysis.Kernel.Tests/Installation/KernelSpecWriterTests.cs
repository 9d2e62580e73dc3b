using System.Text.Json;
using Analysis.Kernel.Installation;
using Analysis.Kernel.Tests.Support;

namespace Analysis.Kernel.Tests.Installation;

public sealed class KernelSpecWriterTests : IDisposable
{
    private readonly string _prefix = Path.Combine(Path.GetTempPath(), "analysis-kernel-spec-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_prefix))
        {
            Directory.Delete(_prefix, recursive: true);
        }
    }

    [Fact]
    public void Kernel_json_matches_the_snapshot()
    {
        var json = KernelSpecWriter.KernelJson(new InstallOptions(), ["/opt/analysis/analysis"]);

        Snapshot.Match("kernel.json", json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    [Fact]
    public void Install_with_prefix_writes_kernel_json_and_logo_under_share_jupyter_kernels()
    {
        var directory = KernelCommandLine.Install(InstallOptions.ForPrefix(_prefix).WithName("analysis-test").WithLauncher("dotnet", "/x/analysis.dll"));

        Assert.Equal(Path.Combine(_prefix, "share", "jupyter", "kernels", "analysis-test"), directory);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "kernel.json")));
        Assert.Equal(
            ["dotnet", "/x/analysis.dll", "kernel", "--connection-file", "{connection_file}"],
            json.RootElement.GetProperty("argv").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("message", json.RootElement.GetProperty("interrupt_mode").GetString());
        var logo = File.ReadAllBytes(Path.Combine(directory, "logo-64x64.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, logo[..4]);
    }

    [Fact]
    public void The_default_launcher_is_the_running_process_with_absolute_paths()
    {
        var launcher = KernelSpecWriter.CurrentLauncher();

        Assert.NotEmpty(launcher);
        Assert.All(launcher, part => Assert.True(Path.IsPathRooted(part), part));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("../escape")]
    [InlineData("")]
    [InlineData("name/with/slash")]
    public void Invalid_names_are_rejected(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => KernelCommandLine.Install(InstallOptions.ForPrefix(_prefix).WithName(name)));

        Assert.Contains($"Kernel name '{name}' is invalid", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_prefix));
    }

    [Fact]
    public void User_and_prefix_together_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => KernelSpecWriter.TargetDirectory(InstallOptions.ForPrefix(_prefix) with { User = true }));

        Assert.StartsWith("Choose either --user or --prefix, not both.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void User_install_goes_to_the_jupyter_user_data_directory()
    {
        var directory = KernelSpecWriter.TargetDirectory(InstallOptions.ForUser());

        Assert.Equal(Path.Combine(KernelSpecWriter.UserDataDirectory(), "kernels", "analysis-csharp"), directory);
    }
}
