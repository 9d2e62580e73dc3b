using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Tests.Protocol;

public sealed class ConnectionInfoTests
{
    private const string Valid = """
        {
          "shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004, "hb_port": 50005,
          "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84", "transport": "tcp",
          "signature_scheme": "hmac-sha256", "kernel_name": "analysis-csharp"
        }
        """;

    [Fact]
    public void Parse_reads_every_field()
    {
        var info = ConnectionInfo.Parse(Valid, "kernel-1.json");

        Assert.Equal(new ConnectionInfo("tcp", "127.0.0.1", 50001, 50002, 50003, 50004, 50005, "a0436f6c-1916-498b-8eb9-e81ab9368e84", "hmac-sha256"), info);
        Assert.Equal("tcp://127.0.0.1:50004", info.Endpoint(info.ControlPort));
    }

    [Fact]
    public void Ipc_endpoints_join_path_and_port_with_a_dash()
    {
        var info = ConnectionInfo.Parse(Valid.Replace("\"tcp\"", "\"ipc\"").Replace("\"127.0.0.1\"", "\"/tmp/kernel-1\""), "k.json");

        Assert.Equal("ipc:///tmp/kernel-1-50001", info.Endpoint(info.ShellPort));
    }

    [Fact]
    public void Optional_fields_default_like_jupyter_client()
    {
        var info = ConnectionInfo.Parse("""{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}""", "k.json");

        Assert.Equal(("tcp", "127.0.0.1", "", "hmac-sha256"), (info.Transport, info.Ip, info.Key, info.SignatureScheme));
    }

    [Theory]
    [InlineData("""{"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}""", "k.json: required field 'shell_port' is missing.")]
    [InlineData("""{"shell_port":"x","iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}""", "k.json: 'shell_port' must be a port number between 1 and 65535, got \"x\".")]
    [InlineData("""{"shell_port":70000,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}""", "k.json: 'shell_port' must be a port number between 1 and 65535, got 70000.")]
    [InlineData("""{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"transport":"udp"}""", "k.json: transport 'udp' is not supported (expected tcp or ipc).")]
    [InlineData("""{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"signature_scheme":"hmac-md5"}""", "k.json: signature_scheme 'hmac-md5' is not supported (expected hmac-sha256).")]
    [InlineData("""{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"key":5}""", "k.json: 'key' must be a string.")]
    [InlineData("[1, 2]", "k.json: a connection file must be a JSON object.")]
    public void Parse_names_the_file_and_the_problem(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => ConnectionInfo.Parse(json, "k.json"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Invalid_json_reports_the_line()
    {
        var error = Assert.Throws<FormatException>(() => ConnectionInfo.Parse("{\n  \"shell_port\": 1,\n  oops\n}", "k.json"));

        Assert.StartsWith("k.json, line 3: invalid JSON", error.Message, StringComparison.Ordinal);
    }
}
