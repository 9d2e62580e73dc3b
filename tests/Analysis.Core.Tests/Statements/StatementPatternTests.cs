using Analysis.Lexicons;

namespace Analysis.Core.Tests.Statements;

/// <summary>Every named pattern of Rules/statements/patterns.yaml on its own: one input it must match, one it must not.</summary>
public sealed class StatementPatternTests
{
    private static readonly PatternLibrary Patterns = PatternLibrary.Load("statements/patterns.yaml");

    [Theory]
    [InlineData("force", "the carrier strike group", "the strike on the ground")]
    [InlineData("denyNoPlans", "has no plans to send troops", "has plans to send troops")]
    [InlineData("denyNoForce", "No American troops will be deployed", "American troops will be deployed")]
    [InlineData("denyNegated", "will not send troops", "will send troops")]
    [InlineData("denyNegatedPassive", "troops will not be sent", "troops will be sent")]
    [InlineData("denyReject", "quashed any rumors of airborne troops", "quashed any rumors of a deal")]
    [InlineData("denyRuleOut", "ruled out sending ground troops", "ruled out a ceasefire")]
    [InlineData("denyNoBoots", "no US boots on the ground", "US boots on the ground")]
    [InlineData("denyNotDecided", "We have not made any decision to send troops", "We have made a decision to send troops")]
    [InlineData("denyNotDecided", "has not yet taken a final decision on deploying Marines", "has not taken a decision on the budget")]
    [InlineData("presentOnGround", "1,200 Marines are now aboard the USS Bataan", "1,200 Marines are now heading home")]
    [InlineData("presentOnGround", "Israeli troops are positioned along the border", "Israeli troops are positioning themselves")]
    [InlineData("presentOnGround", "2,000 US troops are deployed along the border", "2,000 US troops are deployed to the border")]
    [InlineData("readyAlert", "on a heightened state of readiness", "a state of the art alert system")]
    [InlineData("readyPrepare", "received prepare-to-deploy orders", "prepared a report")]
    [InlineData("readyPrepare", "told to prepare to deploy", "prepare to leave")]
    [InlineData("readyPrepare", "placed on heightened alert", "heightened tensions")]
    [InlineData("readyOrdered", "ordered the 82nd Airborne to be ready", "ordered the 82nd Airborne to Poland")]
    [InlineData("readyOrdered", "directed the units to be prepared", "directed the units to leave")]
    [InlineData("readyOrdered", "placed 2,000 troops on high alert", "placed 2,000 troops in Poland")]
    [InlineData("readyNotice", "kept on a shorter tether", "kept on a leash law")]
    [InlineData("readyNotice", "on 24-hour notice to move", "on notice of appeal")]
    [InlineData("readyNotice", "on notice to deploy", "took notice of the deployment")]
    [InlineData("deployActive", "sending a small number of additional US military personnel", "sending a strong signal of deterrence")]
    [InlineData("deployActive", "it is sending about 1,500 troops", "it is sending about 1,500 letters")]
    [InlineData("prepositionBefore", "talks between the ", "talks began ")]
    [InlineData("prepositionBefore", "support for ", "supporters ")]
    [InlineData("deployPassive", "carrier groups that have been sent to", "carrier groups that have sent")]
    [InlineData("deployMotion", "the carrier strike group was headed to", "the strike group was headed by")]
    [InlineData("deployNominal", "the deployment of a carrier strike group", "troop deployment plans")]
    [InlineData("presentOnGround", "commandos were on the ground", "commandos were in the air")]
    [InlineData("presentNeverLeft", "US forces never left", "US forces left")]
    [InlineData("presentKeep", "keeping troops on the ground", "keeping prices on the shelf")]
    [InlineData("presentKeep", "will keep 2,000 troops in Poland", "will keep training Ukrainian soldiers here in the UK")]
    [InlineData("presentHas", "already has some experts", "has some experts")]
    [InlineData("presentCount", "has 2,500 troops in Iraq", "has 2,500 tanks of oil")]
    [InlineData("presentRemain", "American forces remain in Syria", "American forces return to Syria")]
    [InlineData("presentIn", "Roughly 40,000 US troops are in the region", "Roughly 40,000 US troops are in talks")]
    [InlineData("presentIn", "US forces are currently in Syria", "US forces are heading to Syria")]
    [InlineData("noneBefore", "his stand that no Libyan ", "his stand that Libyan ")]
    [InlineData("noneBefore", "No US ", "Nobody said US ")]
    [InlineData("withdrawVerb", "After being withdrawn in 2011", "After being drawn in 2011")]
    [InlineData("withdrawBringHome", "bring all US forces home", "bring all US forces back to base")]
    [InlineData("withdrawReturnHome", "The troops are expected to return home", "The troops are expected to return fire")]
    [InlineData("deployMotion", "The USS Harry S. Truman will arrive in the Mediterranean", "The USS Harry S. Truman will arrive later")]
    [InlineData("deployMotion", "16,000 soldiers from the British Army will head to eastern Europe", "16,000 soldiers from the British Army will head home")]
    [InlineData("deployMotion", "a second carrier, the USS Gerald R. Ford, arrived there", "a second carrier, the USS Gerald R. Ford; it arrived there")]
    [InlineData("deployAdvance", "Israeli ground forces pushed into southern Gaza", "Israeli ground forces pushed for a ceasefire")]
    [InlineData("deployActive", "the Navy redirected the USS Dwight D. Eisenhower carrier strike group", "the Navy redirected its budget")]
    [InlineData("withdrawEnd", "talks on ending US forces' presence", "talks on expanding US forces' presence")]
    [InlineData("withdrawNominal", "the withdrawal of US troops", "the withdrawal of the bid")]
    [InlineData("hypothetical", "US intent to send", "US troops sent")]
    [InlineData("negatedBefore", "will not ", "will ")]
    [InlineData("negatedBefore", "We are not going to be ", "We are going to be ")]
    [InlineData("negatedBefore", "won’t be ", "will be ")]
    [InlineData("negatedBefore", "we are not planning to ", "we are not happy, so we plan to ")]
    [InlineData("conditional", "if we do not ", "we do not ")]
    [InlineData("conditional", "asked whether ", "asked where ")]
    [InlineData("clauseBreak", "he said, referring to it", "he said, including it")]
    [InlineData("clauseBreak", "put 2,000 troops on alert and sent a carrier", "put 2,000 troops on alert and a carrier")]
    [InlineData("presentAdvising", "about 100 American commandos are advising the IDF", "about 100 American commandos are leaving the IDF")]
    [InlineData("presentThere", "We have a small number of military advisers there", "We have asked a small number of military advisers to leave")]
    [InlineData("frontedClause", "After being withdrawn in 2011, US troops", "US troops, after being withdrawn")]
    [InlineData("denyNoPlans", "no plans for a ground invasion", "plans for a ground invasion")]
    [InlineData("deployMotion", "the Carrier Strike Group, which is currently en route to", "the Carrier Strike Group, whose crew is currently en route to")]
    [InlineData("presentRemain", "The Wasp Amphibious Ready Group, with the 24th Marine Expeditionary Unit embarked, remains in", "The Wasp Amphibious Ready Group, 24th Marine Expeditionary Unit, remains in")]
    [InlineData("refusedBefore", "Macron refused to ", "Macron decided to ")]
    [InlineData("refusedBefore", "He would not ", "He would ")]
    [InlineData("ruledOutAfter", " was ruled out", " was ruled by")]
    [InlineData("deployMotion", "Russian troops were massing near the border", "Russian troops were massing support")]
    [InlineData("deployActive", "Russia has massed some 100,000 soldiers", "Russia has massed a fortune")]
    [InlineData("shipNameAfter", " USS Carney arrived", " Carney arrived")]
    [InlineData("withdrawPullOut", "is pulling its troops out of Mali", "is pulling its troops into Mali")]
    [InlineData("denyNoForce", "No US troops are expected to enter", "US troops are expected to enter")]
    [InlineData("deployActive", "will station an additional brigade", "will station an additional reporter")]
    public void Pattern_matches_its_positive_and_not_its_negative(string name, string positive, string negative)
    {
        var regex = Patterns.Regex(name);
        Assert.Matches(regex, positive);
        Assert.DoesNotMatch(regex, negative);
    }

    // Optional parts of a cue match empty anywhere, so they are checked as the whole of a text.
    [Theory]
    [InlineData("relative", ", which", ", whose")]
    [InlineData("aside", ", with the 24th Marine Expeditionary Unit embarked,", ", 24th Marine Expeditionary Unit embarked,")]
    [InlineData("aside", ", the USS Gerald R. Ford,", ", the USS Gerald R. Ford; it")]
    [InlineData("aside", ", with some 5,000 sailors aboard,", ", with some sailors, aboard,")]
    public void Optional_part_matches_its_positive_whole(string name, string positive, string negative)
    {
        var whole = new System.Text.RegularExpressions.Regex("^(?:" + Patterns.Expand(name) + ")$");
        Assert.Matches(whole, positive);
        Assert.DoesNotMatch(whole, negative);
    }

    [Fact]
    public void Every_pattern_is_tested() =>
        Assert.Empty(Patterns.Names.Except(
            ["force", "gap", "negator", "deployVerb", "deployParticiple", "denyNoPlans", "denyNoForce", "denyNegated", "denyNegatedPassive",
             "denyReject", "denyRuleOut", "denyNoBoots", "denyNotDecided", "readyAlert", "readyPrepare", "readyOrdered", "readyNotice", "deployActive", "deployPassive", "deployMotion",
             "deployNominal", "presentOnGround", "presentNeverLeft", "presentKeep", "presentHas", "presentCount", "presentRemain", "presentIn",
             "withdrawVerb", "withdrawBringHome", "withdrawReturnHome", "withdrawEnd", "withdrawNominal", "hypothetical", "conditional", "negatedBefore", "noneBefore", "clauseBreak",
             "frontedClause", "prepositionBefore", "relative", "aside", "refusedBefore", "ruledOutAfter", "presentAdvising", "presentThere", "deployAdvance", "shipNameAfter", "withdrawPullOut"]));
}
