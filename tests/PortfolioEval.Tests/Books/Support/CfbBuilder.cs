using System.Buffers.Binary;
using System.Text;

namespace PortfolioEval.Tests.Books.Support;

/// <summary>
/// Writes a minimal compound file (OLE2, the container of .xls and of password-protected .xlsx) whose streams are
/// all empty: enough to carry a directory naming streams such as "EncryptedPackage".
/// </summary>
internal static class CfbBuilder
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint Free = 0xFFFFFFFF;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] WithStreams(params string[] names)
    {
        var file = new byte[512 * 3];
        var header = file.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1); // directory at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + 4 * i)..], i == 0 ? 0 : Free);

        var fat = file.AsSpan(512, 512);
        for (var i = 0; i < 128; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], i == 0 ? FatSector : i == 1 ? EndOfChain : Free);

        var directory = file.AsSpan(1024, 512);
        Entry(directory[..128], "Root Entry", type: 5, child: names.Length > 0 ? 1u : Free, right: Free);
        for (var i = 0; i < names.Length && i < 3; i++)
            Entry(directory.Slice(128 * (i + 1), 128), names[i], type: 2, child: Free, right: i + 1 < names.Length ? (uint)(i + 2) : Free);
        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint child, uint right)
    {
        var encoded = Encoding.Unicode.GetBytes(name);
        encoded.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(encoded.Length + 2));
        entry[0x42] = type;
        entry[0x43] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], EndOfChain);
    }
}
