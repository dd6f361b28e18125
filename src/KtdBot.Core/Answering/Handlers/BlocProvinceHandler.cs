using System.Text;
using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"Khối thi đua 2 thuộc tỉnh nào?": the province its record gives, or a decline when it gives none.</summary>
internal sealed class BlocProvinceHandler(BlocRosterPlugin blocs) : BlocHandler
{
    protected override ComposedAnswer? AnswerBloc(Turn turn, string blocId)
    {
        if (turn.Ask != AskKind.Province)
        {
            return null;
        }

        var members = blocs.GetMembers(blocId);
        if (members?.Bloc.Province is not { } province)
        {
            return Answers.Decline(Replies.UnknownProvince(members?.Bloc.Name ?? "khối này"));
        }

        var text = new StringBuilder().Cited(Sentences.Province(members.Bloc, province), members.Source, turn.Citations);
        return Answers.Grounded(text, turn.Citations, new Topic(AskKind.Place, blocId), Suggest.AfterMembers(members.Bloc));
    }
}
