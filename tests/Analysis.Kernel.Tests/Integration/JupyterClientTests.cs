namespace Analysis.Kernel.Tests.Integration;

/// <summary>
/// The kernel as Jupyter frontends see it: launched from a kernelspec by Debian's jupyter_client and
/// nbclient, over real ZeroMQ sockets with signed messages, running the real script engine.
/// </summary>
public sealed class JupyterClientTests : IClassFixture<JupyterEnvironment>
{
    private readonly JupyterEnvironment _jupyter;

    public JupyterClientTests(JupyterEnvironment jupyter) => _jupyter = jupyter;

    [Fact]
    public void A_jupyter_client_session_passes_every_protocol_check()
    {
        var log = Path.Combine(_jupyter.Root, "session-stderr.log");

        var outcome = _jupyter.Run(JupyterEnvironment.Python, JupyterEnvironment.ScriptPath("session_checks.py"), _jupyter.KernelName, log);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string[] expected =
        [
            "kernel_info", "execute 1+1", "state across executes", "stdout stream", "many lines arrive once, in order",
            "console input reads end-of-input instead of hanging", "error", "compile error",
            "silent and store_history", "stop_on_error aborts queued requests", "complete", "is_complete", "inspect",
            "comm_info and history", "interrupt a tight loop", "bad signature is ignored and logged", "heartbeat",
            "shutdown exits cleanly",
        ];
        var passed = outcome.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("PASS ", StringComparison.Ordinal))
            .Select(line => line["PASS ".Length..].Trim());
        Assert.Equal(expected, passed);
    }

    [Fact]
    public void Nbclient_executes_a_notebook_with_frame_and_chart_outputs()
    {
        var executed = Path.Combine(_jupyter.Root, "executed.ipynb");

        var outcome = _jupyter.Run(
            JupyterEnvironment.Python,
            JupyterEnvironment.ScriptPath("notebook_checks.py"),
            _jupyter.KernelName,
            JupyterEnvironment.ScriptPath("chart_notebook.ipynb"),
            executed);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("PASS chart as plotly JSON object with HTML fallback", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Jupyter_execute_runs_the_notebook_on_this_kernel()
    {
        var notebook = Path.Combine(_jupyter.Root, "jupyter-execute.ipynb");
        File.Copy(JupyterEnvironment.ScriptPath("chart_notebook.ipynb"), notebook);

        var outcome = _jupyter.Run("/usr/bin/jupyter-execute", $"--kernel_name={_jupyter.KernelName}", notebook);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Fact]
    public void A_failing_cell_makes_jupyter_execute_fail()
    {
        var notebook = Path.Combine(_jupyter.Root, "failing.ipynb");
        File.WriteAllText(notebook, """
            {"cells": [{"cell_type": "code", "execution_count": null, "id": "c1", "metadata": {}, "outputs": [],
              "source": ["throw new InvalidOperationException(\"deliberate\");"]}],
             "metadata": {"kernelspec": {"name": "analysis-test", "display_name": "C# (Analysis)", "language": "C#"}},
             "nbformat": 4, "nbformat_minor": 5}
            """);

        var outcome = _jupyter.Run("/usr/bin/jupyter-execute", $"--kernel_name={_jupyter.KernelName}", notebook);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("deliberate", outcome.StandardOutput + outcome.StandardError, StringComparison.Ordinal);
    }
}
