/**
 * Function words by language (ISO 639-1), lower case, space-separated: articles, pronouns, prepositions, conjunctions,
 * auxiliaries. Running prose is 35-55% function words in every one of these languages; menus, headlines,
 * tag lists, teaser titles and footers are nearly free of them. That density is the text path's main
 * "is this a sentence?" signal, so the lists are kept short and strictly grammatical: a content word
 * ("news", "home", "video") here would make navigation look like prose.
 *
 * Written by hand rather than taken from a package: the large published lists (stopwords-iso's English
 * has 1,298 entries) include exactly such content words ("click", "computer", "date", "buy"), and the
 * small ones are uneven across languages (59 Spanish words against 621 German).
 */
export const STOPWORDS: Readonly<Record<string, string>> = {
  en:
    'a about after all also an and any are as at be because been before being but by can could did do ' +
    'does for from had has have he her him his how i if in into is it its me more most my no not of on ' +
    'one only or other our out over she so some such than that the their them then there these they this ' +
    'those through to up very was we were what when where which while who will with would you your',
  de:
    'aber als also am an auch auf aus bei bis das dass dem den der des die dies diese dieser doch du ' +
    'durch ein eine einem einen einer eines er es für hat hatte ich ihr ihre im in ist kann mit nach ' +
    'nicht noch nur oder sich sie sind so um und uns von vor war wie wir wird wurde zu zum zur über',
  fr:
    'a au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais ne nous ' +
    'on ont ou par pas plus pour qu que qui sa se ses son sont sur un une vous été être',
  es:
    'a al como con de del el ella en era es esta este fue ha la las le lo los más no o para pero por que ' +
    'se si sin sobre su sus también un una y ya',
  it:
    'a al alla anche che ci come con da del della delle di e era gli ha i il in la le lo ma nel nella non ' +
    'per più se si sono su sua suo un una uno è',
  pt:
    'a ao as com como da das de do dos e ela ele em era foi mais mas na nas no nos não o os para pela ' +
    'pelo por que se sem seu sua são também um uma à é',
  nl:
    'aan al als bij dat de die dit door een en er het hij in is je maar met naar niet nog of om ook op ' +
    'over te tot uit van voor was we werd wordt zijn ze zich',
  pl: 'a ale by był była było czy do go i ich jak jest jego jej już na nie o od po przez przy się są tak ' + 'też to w z za że ze',
  ru:
    'а без был была были было в во вы да для до его ее её если же за и из или их к как когда ко мы на не ' +
    'но о об он она они от по при с со так также то что это я',
};
