using System.Text;
using Analysis.Kernel.Protocol;

namespace Analysis.Kernel.Tests.Protocol;

public sealed class MessageSignerTests
{
    // Computed independently with Python: hmac.new(b"secret-key", b"".join(parts), hashlib.sha256).hexdigest()
    private const string PythonDigest = "712005a3ddfac00ddc4b5e88335391b3a6ee2873954746371defcd8f11725fad";

    private static readonly byte[] Header = Encoding.UTF8.GetBytes("{\"msg_id\":\"a\"}");
    private static readonly byte[] Parent = Encoding.UTF8.GetBytes("{}");
    private static readonly byte[] Metadata = Encoding.UTF8.GetBytes("{}");
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("{\"code\":\"1+1\"}");

    [Fact]
    public void Sign_matches_the_digest_python_hmac_computes()
    {
        var signer = MessageSigner.Create("hmac-sha256", "secret-key");

        Assert.Equal(PythonDigest, signer.Sign(Header, Parent, Metadata, Content));
    }

    [Theory]
    [InlineData(PythonDigest, true)]
    [InlineData("712005A3DDFAC00DDC4B5E88335391B3A6EE2873954746371DEFCD8F11725FAD", true)]
    [InlineData("712005a3ddfac00ddc4b5e88335391b3a6ee2873954746371defcd8f11725fae", false)]
    [InlineData("712005a3ddfac00ddc4b5e88335391b3a6ee2873954746371defcd8f11725f", false)]
    [InlineData("712005a3ddfac00ddc4b5e88335391b3a6ee2873954746371defcd8f11725fa", false)]
    [InlineData("zz2005a3ddfac00ddc4b5e88335391b3a6ee2873954746371defcd8f11725fad", false)]
    [InlineData("", false)]
    public void Verify_accepts_only_the_exact_digest(string signature, bool expected)
    {
        var signer = MessageSigner.Create("hmac-sha256", "secret-key");

        Assert.Equal(expected, signer.Verify(signature, Header, Parent, Metadata, Content));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Verify_rejects_a_change_in_any_signed_frame(int tamperedFrame)
    {
        var signer = MessageSigner.Create("hmac-sha256", "secret-key");
        byte[][] frames = [Header, Parent, Metadata, Content];
        frames[tamperedFrame] = [.. frames[tamperedFrame], (byte)' '];

        Assert.False(signer.Verify(PythonDigest, frames[0], frames[1], frames[2], frames[3]));
    }

    [Fact]
    public void Verify_rejects_a_signature_made_with_another_key()
    {
        var other = MessageSigner.Create("hmac-sha256", "other-key").Sign(Header, Parent, Metadata, Content);

        Assert.False(MessageSigner.Create("hmac-sha256", "secret-key").Verify(other, Header, Parent, Metadata, Content));
    }

    [Fact]
    public void An_empty_key_disables_signing_and_checking()
    {
        var signer = MessageSigner.Create("hmac-sha256", string.Empty);

        Assert.False(signer.IsEnabled);
        Assert.Equal(string.Empty, signer.Sign(Header, Parent, Metadata, Content));
        Assert.True(signer.Verify("anything", Header, Parent, Metadata, Content));
    }

    [Theory]
    [InlineData("hmac-sha256", true)]
    [InlineData("hmac-sha512", true)]
    [InlineData("hmac-md5", false)]
    [InlineData("", false)]
    public void Supported_schemes(string scheme, bool supported)
    {
        Assert.Equal(supported, MessageSigner.IsSupported(scheme));
        if (!supported)
        {
            Assert.Throws<ArgumentException>(() => MessageSigner.Create(scheme, "key"));
        }
    }
}
