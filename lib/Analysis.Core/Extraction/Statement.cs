namespace Analysis.Extraction;

/// <summary>A clause stating the deployment status of forces: one row of <c>statements.csv</c>.</summary>
/// <param name="Date">ISO value of the event date (clause's temporal expression, else publication date).</param>
/// <param name="DateText">The temporal expression used, empty when the publication date was used.</param>
public sealed record Statement(
    Stance Stance,
    string Actor,
    Force Force,
    string Speaker,
    string Date,
    string DateText,
    string Text,
    int Start,
    int End,
    int Sentence);


/// <summary>The deployment stance of a statement.</summary>
public enum Stance
{
    /// <summary>No plans or decision to deploy; will not deploy.</summary>
    Deny,
    /// <summary>On alert, standby, heightened readiness, prepare-to-deploy.</summary>
    Ready,
    /// <summary>Sent, ordered, dispatched, arriving, headed to.</summary>
    Deploy,
    /// <summary>Already there or staying.</summary>
    Present,
    /// <summary>Withdrawn, pulled out, or talks on ending a presence.</summary>
    Withdraw,
}


/// <summary>The kind of force a statement is about.</summary>
public enum Force
{
    /// <summary>Not said.</summary>
    Unspecified,
    /// <summary>Ground troops.</summary>
    Ground,
    /// <summary>Ships, carrier strike groups.</summary>
    Naval,
    /// <summary>Aircraft, squadrons, air defence batteries.</summary>
    Air,
    /// <summary>Special operations forces, commandos.</summary>
    SpecialForces,
    /// <summary>Military advisers, experts, trainers.</summary>
    Advisers,
}
