using System.Collections;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// A workbook's shared strings, packed (<see cref="PackedTexts"/>): a million-row sheet shares millions of names,
/// emails and phones, which as strings were all copied by the young generation's collections while the table was read
/// and then held for the whole reading. Each string is made again when a cell asks for it, and dies with the row.
/// </summary>
internal sealed class SharedStringList : IReadOnlyList<string>
{
    private readonly PackedTexts texts = new();
    private readonly List<ulong> numbers = [];

    public int Count => numbers.Count;

    public string this[int index] => texts.Text(numbers[index])!;

    public void Add(string text) => numbers.Add(texts.Add(text, numbers.Count));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < numbers.Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
