using KtdBot.Knowledge;

namespace KtdBot.Facts;

/// <summary>
/// The blocs one document names, each under one name: "Khối thi đua MTTQ và các tổ chức chính trị - xã hội" and a later
/// "Khối thi đua MTTQ" are the same bloc; numbered blocs are one per kind and number. The primary bloc is the one named most.
/// </summary>
internal sealed class BlocNames
{
    private readonly List<(BlocRef Bloc, int Count)> _blocs = [];

    private readonly string? _province;

    public BlocNames(IEnumerable<BlocRef> mentions, string? documentProvince)
    {
        _province = documentProvince;
        foreach (var mention in mentions)
        {
            var at = _blocs.FindIndex(b => Same(b.Bloc, mention));
            if (at < 0)
            {
                _blocs.Add((mention, 1));
                continue;
            }

            var (bloc, count) = _blocs[at];
            // Keep the fuller name and the province when only one mention carries it.
            var fuller = mention.NameKey.Length > bloc.NameKey.Length ? mention with { Province = mention.Province ?? bloc.Province } : bloc with { Province = bloc.Province ?? mention.Province };
            fuller = fuller with { Descriptor = fuller.Descriptor ?? mention.Descriptor ?? bloc.Descriptor };
            _blocs[at] = (fuller, count + 1);
        }
    }

    public BlocRef? Primary => _blocs.Count == 0 ? null : WithProvince(_blocs.OrderByDescending(b => b.Count).First().Bloc);

    /// <summary>The document's one name for a bloc, with the province it names (or the document's own).</summary>
    public BlocRef Of(BlocRef mention) => WithProvince(_blocs.FirstOrDefault(b => Same(b.Bloc, mention)).Bloc ?? mention);

    private BlocRef WithProvince(BlocRef bloc) => bloc.Province is null && _province is not null ? bloc with { Province = _province } : bloc;

    public static bool Same(BlocRef a, BlocRef b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        if (a.Number is not null || b.Number is not null)
        {
            return a.Number == b.Number && (a.Province is null || b.Province is null || string.Equals(Fold(a.Province), Fold(b.Province), StringComparison.Ordinal));
        }

        return a.NameKey.StartsWith(b.NameKey, StringComparison.Ordinal) || b.NameKey.StartsWith(a.NameKey, StringComparison.Ordinal);
    }

    private static string Fold(string text) => new FoldedText(text).Folded;
}
