using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Xunit;

namespace Analysis.Testing;

/// <summary>
/// A minimal PNG decoder (8-bit greyscale/RGB/RGBA, non-interlaced): enough to prove an exported chart is a real,
/// non-blank picture. Chunk walking, IDAT inflation with <see cref="ZLibStream"/>, and scanline un-filtering.
/// </summary>
public sealed record PngImage(int Width, int Height, int Channels, byte[] Pixels)
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static PngImage Decode(byte[] bytes, string name = "image")
    {
        Assert.True(bytes.AsSpan().StartsWith(Signature), $"{name}: not a PNG (signature missing)");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            Assert.True(length >= 0 && offset + 12 + length <= bytes.Length, $"{name}: chunk {type} runs past the end of the file");
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.True(data[8] == 8, $"{name}: bit depth {data[8]} (expected 8)");
                Assert.True(data[12] == 0, $"{name}: interlaced PNG");
                channels = data[9] switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, var t => throw new NotSupportedException($"{name}: colour type {t}") };
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            offset += 12 + length;
        }
        Assert.True(width > 0 && height > 0, $"{name}: IHDR missing or empty");
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return new PngImage(width, height, channels, Unfilter(raw.ToArray(), width, height, channels, name));
    }

    /// <summary>Variance of per-pixel brightness; a blank (single-colour) image has none.</summary>
    public double BrightnessVariance()
    {
        var colour = Math.Min(Channels, 3);
        var values = new double[Width * Height];
        for (var p = 0; p < values.Length; p++)
        {
            double sum = 0;
            for (var c = 0; c < colour; c++) sum += Pixels[p * Channels + c];
            values[p] = sum / colour;
        }
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Length;
    }

    /// <summary>How many distinct colours the image uses (a chart has axes, text, bars: many).</summary>
    public int DistinctColours()
    {
        var seen = new HashSet<int>();
        for (var p = 0; p < Width * Height; p++)
        {
            var key = 0;
            for (var c = 0; c < Math.Min(Channels, 3); c++) key = key << 8 | Pixels[p * Channels + c];
            seen.Add(key);
        }
        return seen.Count;
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int bpp, string name)
    {
        var stride = width * bpp;
        Assert.True((stride + 1) * height == data.Length, $"{name}: {data.Length} bytes of pixel data for {width}x{height}x{bpp}");
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int raw = data[y * (stride + 1) + 1 + x];
                int a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
                pixels[y * stride + x] = (byte)(filter switch
                {
                    0 => raw,
                    1 => raw + a,
                    2 => raw + b,
                    3 => raw + ((a + b) >> 1),
                    4 => raw + Paeth(a, b, c),
                    _ => throw new NotSupportedException($"{name}: PNG filter {filter}"),
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
