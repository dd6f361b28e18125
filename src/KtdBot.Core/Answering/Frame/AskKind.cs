namespace KtdBot.Answering;

/// <summary>What kind of answer a question wants.</summary>
public enum AskKind
{
    /// <summary>Nothing specific: answer from passages.</summary>
    General,

    /// <summary>Members of a bloc.</summary>
    Members,

    /// <summary>Bloc leader (khối trưởng / cụm trưởng).</summary>
    Leader,

    /// <summary>Leaders over the years.</summary>
    LeaderHistory,

    /// <summary>Deputy (khối phó / cụm phó) for a year.</summary>
    Deputy,

    /// <summary>A unit's score or rank in its bloc's ranking.</summary>
    Score,

    /// <summary>Awards proposed or conferred in a bloc.</summary>
    Awards,

    /// <summary>The year-end review conference.</summary>
    Review,

    /// <summary>Which bloc a unit belongs to.</summary>
    UnitBloc,

    /// <summary>Which blocs exist.</summary>
    ListBlocs,

    /// <summary>Criteria of a title.</summary>
    Criteria,

    /// <summary>Cash reward of a title.</summary>
    Cash,

    /// <summary>Legal basis, what is in force, what changed.</summary>
    LegalBasis,

    /// <summary>How to take part.</summary>
    HowTo,

    /// <summary>Who launched a campaign.</summary>
    Who,

    /// <summary>When something happened.</summary>
    When,

    /// <summary>A count or an amount.</summary>
    Figure,

    /// <summary>Where: a commune, a place.</summary>
    Place,

    /// <summary>Which province a bloc belongs to.</summary>
    Province,

    /// <summary>Who wrote an article.</summary>
    Author,

    /// <summary>Which titles or forms of commendation exist.</summary>
    ListTitles,

    /// <summary>The dossier or procedure for a proposal.</summary>
    Procedure,
}
