using System.IO.Compression;

namespace PortfolioEval.Fuzz;

/// <summary>
/// Mutations in the manner of afl's havoc stage, from a fixed seed so a run can be repeated: bit flips, interesting
/// bytes, deletions, duplications, insertions, truncations and splices of two inputs. A workbook (a zip) is also
/// mutated inside: one of its XML parts is changed and the zip rebuilt, so the XML readers are reached, not only
/// the zip's checksum.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly byte[] Interesting = [0, 1, 0x7f, 0x80, 0xff, (byte)'"', (byte)',', (byte)';', (byte)'\t', (byte)'\n', (byte)'\r', (byte)'<', (byte)'&'];
    private readonly Random random = new(seed);

    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> corpus)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(corpus);
        if (IsZip(input) && random.Next(2) == 0 && TryMutateInsideZip(input, corpus) is { } inside)
            return inside;
        var data = new List<byte>(input);
        for (var i = 1 << random.Next(4); i > 0; i--)
            MutateOnce(data, corpus);
        return [.. data];
    }

    private void MutateOnce(List<byte> data, IReadOnlyList<byte[]> corpus)
    {
        if (data.Count == 0)
        {
            data.Add(Interesting[random.Next(Interesting.Length)]);
            return;
        }

        var at = random.Next(data.Count);
        var span = Math.Min(data.Count - at, 1 + random.Next(64));
        switch (random.Next(8))
        {
            case 0: data[at] ^= (byte)(1 << random.Next(8)); break;
            case 1: data[at] = Interesting[random.Next(Interesting.Length)]; break;
            case 2: data[at] = (byte)random.Next(256); break;
            case 3: data.RemoveRange(at, span); break;
            case 4: data.InsertRange(at, data.GetRange(at, span)); break;
            case 5: data.InsertRange(at, Enumerable.Repeat(Interesting[random.Next(Interesting.Length)], 1 + random.Next(512))); break;
            case 6: data.RemoveRange(at, data.Count - at); break;
            default:
                var other = corpus[random.Next(corpus.Count)];
                var from = random.Next(other.Length);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.AsSpan(from, Math.Min(other.Length - from, 4096)).ToArray());
                break;
        }
    }

    private byte[]? TryMutateInsideZip(byte[] input, IReadOnlyList<byte[]> corpus)
    {
        try
        {
            using var source = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            var parts = source.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
            if (parts.Count == 0)
                return null;
            var chosen = parts[random.Next(parts.Count)].FullName;
            using var output = new MemoryStream();
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in source.Entries)
                {
                    using var read = entry.Open();
                    using var buffer = new MemoryStream();
                    read.CopyTo(buffer);
                    var bytes = buffer.ToArray();
                    if (entry.FullName == chosen)
                    {
                        var data = new List<byte>(bytes);
                        for (var i = 1 << random.Next(3); i > 0; i--)
                            MutateOnce(data, corpus);
                        bytes = [.. data];
                    }

                    using var write = target.CreateEntry(entry.FullName).Open();
                    write.Write(bytes);
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsZip(byte[] data) => data.Length > 4 && data[0] == 'P' && data[1] == 'K';
}
