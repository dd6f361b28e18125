using KtdBot.Answering.Plugins;

namespace KtdBot.Answering.Handlers;

/// <summary>"Tỷ lệ 15% Chiến sĩ thi đua cơ sở còn áp dụng không?": the rule that no longer applies, and what replaced it.</summary>
internal sealed class ObsoleteRulesHandler(AwardTitlesPlugin titles) : RecordHandler
{
    protected override ComposedAnswer? Answer(Turn turn) =>
        turn.Subject.Ask == AskKind.LegalBasis && turn.Frame.Says(Cue.ObsoleteRule) && titles.ObsoleteRules() is { Count: > 0 } obsolete
            ? TitleAnswer.Compose(obsolete[0], AskKind.LegalBasis, turn.Frame, turn.Citations)
            : null;
}
