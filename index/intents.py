"""Every question pattern and question word list of the model answerers, in one place.

Council wording (field labels, level names, column headers, status words) is in ingest/vocabulary.toml; this
module holds how members ASK: cue patterns that say which family a question belongs to, example questions
per front-sheet field and table column (the matcher compares a question with them by words and by meaning),
and the words that shape a question without naming anything in a document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.retrieval import terms
from ingest.vocabulary import Vocabulary, fold, load_vocabulary

# Words that frame a question but name nothing a document holds; stripped before matching what it names.
FRAME_WORDS = (
    "what which who whom whose when where why how many much does did do done is are was were be been has have had "
    "tell me about give gave list show please name named can could would should will shall may might must "
    "i we you us our your they them their it its this that these those there here any all each every some "
    "get got go goes going look looking say says said said know need want see find big large whether"
)
# Words that name the kind of document rather than one document ('the report', 'the plan').
DOCUMENT_WORDS = (
    "report reports paper papers document documents plan plans council councils cabinet committee meeting "
    "minutes item items county district borough city authority draft"
)
# Words of a question across documents that link a field to its value ('which reports affect ward X').
ACROSS_WORDS = ("affect affects affected cover covers covering include includes including involve involves concern concerns mention mentions "
                "relate relates apply applies earlier previous past prior other before no none without not")
# A question across documents for the ones whose field says none ('reports where no alternative options were considered').
NEGATED = re.compile(r"\b(no|none|without)\b", re.I)
# A field value, or a numbered part of one, that says there is none ('2.2. No other options have been considered').
NONE_VALUE = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(no|none|nil|n/a|not applicable|there (?:are|were|have been) no)\b", re.I)
# Words of a plan question that name the shape of the tree, not a node of it.
TREE_WORDS = (
    "under beneath below within sit sits sitting fit fits fall falls belong belongs come comes part "
    "support supports supporting contribute contributes deliver delivers delivering achieve achieving help helps "
    "level levels heading headings structure break breakdown broken down action actions activity activities "
    "commitment commitments committed committing promise promised promising pledge pledged pledging step steps thing things item items doing plan"
)
# Words of a table question that name the shape of a table, not a row of it.
TABLE_WORDS = (
    "row rows table status progress position rating rated marked flagged score scored current currently "
    "late slipped slipping delayed behind schedule overdue owner owns owned responsible due deadline forecast baseline performance "
    "moved movement trend"
)
# Words that name which body met; among minutes they tell one meeting from another.
MEETING_BODY_WORDS = "cabinet committee board panel council scrutiny planning licensing executive assembly forum"
# Words of a minutes question that say it is about a meeting's records, not which item.
MINUTES_WORDS = "decide decided decision decisions resolve resolved resolution resolutions agree agreed approve approved conclude concluded meeting committee members"

# Words of a status question that ask for a status or budget line, not which report.
STATUS_WORDS = (
    "overall rag status rating position health progress budget budgets spend spent spending expenditure outturn out-turn variance "
    "overspend underspend overspent underspent over under financial finances money forecast approved total much far date doing performing going "
    "programme project"
)
# Kinds of document that stand alone: a later one of the kind does not take over an earlier one's questions.
SINGLE_KINDS = frozenset({"other", "plan", "minutes", "decision"})
# A question about an earlier time, or about a change, asks of the report it names, not the series' latest.
ASKS_EARLIER = re.compile(r"\b(19|20)\d\d\b|\b(chang\w*|compar\w*|previous\w*|earlier|originally|original|first|last year|before|since|then|at the time)\b", re.I)
# 'Why has it slipped?', 'what is the reason for ...': a reason asked, which a statement gives with its connective.
WANTS_REASON = re.compile(r"\b(why|reasons?|what(['’]s| is| was| has been)? (caused|causes|causing|led to|driving|behind)|how come)\b", re.I)
GIVES_REASON = re.compile(r"\b(because|due to|owing to|as a result|caused by|the reason|reasons? (is|are|was|were)|so that|in order to|"
                          r"following|after the|since the|led to|leading to|driven by|mainly by|mostly by)\b", re.I)
# 'Last year's report', 'the previous one': of a series' editions, the one before the latest.
ASKS_PREVIOUS = re.compile(r"\b(?:last year(?:['’]?s)?|previous|the year before|a year (?:ago|earlier|before))\b", re.I)
# 'What does "Late" mean', 'what is meant by a key decision': a word's meaning, which the documents give in prose.
ASKS_MEANING = re.compile(r"\bwhat (?:does|do|did) .{1,60}\b(?:mean|stand for)\b|\bwhat is meant by\b|\bdefinition of\b", re.I)
# Nouns members use for the rows of registers and trackers; a question naming one is about those tables.
ROW_NOUNS = ("risk", "risks", "milestone", "milestones", "action", "actions", "project", "projects", "workstream", "workstreams",
             "deliverable", "deliverables", "task", "tasks", "scheme", "schemes", "issue", "issues", "row", "rows", "entries", "item", "items",
             "measure", "measures", "indicator", "indicators", "kpi", "kpis")
# Words for the doing-level of a plan, whatever the document calls it ('We will', 'Key actions', 'Activities').
ACTION_NAMES = "action actions activity activities commitment commitments step steps thing things do doing deliver deliverables work"
ACTION_WORDS = frozenset(terms(ACTION_NAMES))

# Family cues. Each family's `wants` reads these; the strongest decides which answerer tries first.
MINUTES_CUES = {
    "apologies": re.compile(r"\b(apolog\w*|regrets|absent|absence|(could not|couldn'?t|unable to|did not|didn'?t) (attend|come|make it))\b", re.I),
    "present": re.compile(
        r"\b(who (was|were) (present|there|in attendance|at (the|that|this) meeting)|(members|councillors|officers) present|attend(ed|ance|ees)|who (came|turned up)|"
        r"(which|what) (officers|members|councillors|people) (was|were) (at|present|there|in attendance)|"
        r"who (chaired|presided over|was in the chair at)\b[^?]{0,80}\b(meeting|committee|board|panel|cabinet|council|forum)|"
        r"who (substituted|stood in|deputised)|substitut\w+ (at|for|on))\b",
        re.I,
    ),
    "declarations": re.compile(r"\b(declar\w*|disclos\w*|conflicts? of interests?|(pecuniary|personal|prejudicial|registrable) interests?)\b", re.I),
    "decisions": re.compile(
        r"\b(what (was|were|did|has|have)\b.{0,60}\b(decid\w*|resolv\w*|agree\w*|conclud\w*)|what\b.{0,60}\b(decided|agreed)\b|what happened at\b|resolutions?|resolved|"
        r"decisions? (taken|made|reached)|(decide|resolve|agree)d? (on|about|regarding)|outcome of (the )?(item|debate|discussion))\b",
        re.I,
    ),
}
TREE_CUES = {
    "where": re.compile(
        r"\b(where (does|do|is|are|would|did)\b.{1,120}\b(sit|fit|fall|belong|come|go)\w*|(under|within|beneath|to|in) which\b|"
        r"part of which|(which|what) [\w'-]+( [\w'-]+){0,5} (does|do|is|are)\b.{1,120}\b(sits?|fits?|falls?|belongs?|comes? under|supports?|contributes?|serves?|part of)|"
        r"where in (the|this|that|its|our|their) \w+( \w+){0,2} (is|are|does|do)\b)",
        re.I,
    ),
    # 'which priority is it under', 'which theme is the lido repair in?': a where question only when the words before
    # 'is' name a plan level (tree.py checks).
    "where_level": re.compile(r"\b(?P<level>(which|what) [\w'-]+( [\w'-]+){0,5}) ((is|are) ((it|this|that|they) (in|under)\b|.{1,120}\b(in|under|within)\W*$)|"
                             r"(covers?|includes?|contains?)\b)", re.I),
    "count": re.compile(r"\bhow many\b", re.I),
    "under": re.compile(
        r"\b((what|which|list|show|give)\b.{0,80}\b(under|beneath|below|within)\b|what will (the )?(council|we|they|authority|it|county|district|city|borough)\b.{0,30}\b(do|deliver)\b|"
        r"(which|what) (specific )?(actions?|activit\w+|commitments?|steps|things|deliverables|objectives?|priorit\w+|aims?|goals?|pledges?|outcomes?)\b.{0,60}\b"
        r"(support|deliver|contribut|achiev|help|serve|sit|fall|come)\w*|(actions?|activit\w+|commitments?|steps) (for|towards|to deliver|to achieve|on)\b|break\s?down of|"
        r"(what|list|everything|all)\b.{0,60}\b(committed|committing|promised|promising|pledged|pledging)\b( to do)?( to)? (for|on|about|to)\b)",
        re.I,
    ),
    "levels": re.compile(
        r"\b(what|which|list|name|show)\b.{0,30}\b(ambitions|objectives|themes|priorities|outcomes|aims|goals|commitments|pledges|strands)\b", re.I
    ),
}
# How a row or measure is doing ('how is X doing on complaints', 'how did we do on potholes'): its status, actual and target.
# The verb ends the question or is followed by what it is measured on: not 'how does the council plan to do this'.
DOING = re.compile(r"\bhow (is|are|was|were|did|does|has|have)\b.{1,80}?\b(going|progressing|doing|do|done|performing|performed|faring|fared)\b"
                   r"(?=\s*(on|with|against|in|at|for|so far|overall|now|this (quarter|year|month)|last (quarter|year|month)|[?,.;:]|$))", re.I)
# Who answers for a row ('who is responsible for X', 'the owner of X'): its owner cell, or its note's owner line.
OWNER_ASKED = re.compile(r"\b(who (owns|is responsible for|leads on|manages)|(owner|lead) (of|for))\b", re.I)
# Which rows a person answers for ('which decisions is Priya Castellan leading on', 'what does the Head of Parks own').
OWNS_ROWS = re.compile(r"\b(which|what)\b.{1,120}\b(lead\w*|own\w*|responsible|in charge|manag\w*|accountable)\b", re.I)
# Whether one thing keeps to time or target, asked yes or no ('is the X programme on track?', 'is recycling on target?'):
# a programme's overall status and summary, or one row's status; never the rows of a table that are on track.
ON_TRACK = re.compile(r"^\W*(is|are) (?!(any|all|there)\b).{1,80}\b(on track|on schedule|on time|on target|going to plan)"
                      r"(\s+(at|in|for|by|with|on|this|now|still)\b[^?]{0,60})?\W*$", re.I)
# Which way rows are going, as a question asks it ('which risks are getting worse', 'which have increased'): for a
# trend column's words (ingest/vocabulary.toml [trend]).
TREND_CUES = {
    "worse": re.compile(r"\b(getting worse|worse|worsen\w*|deteriorat\w*|increas\w*|ris(e|es|en|ing)|rose|gone up|going up|escalat\w*)\b", re.I),
    "better": re.compile(r"\b(getting better|better|improv\w*|decreas\w*|reduc(ed|ing)|f[ae]ll(en|ing)?|gone down|going down)\b", re.I),
}
TABLE_CUES = {
    # 'behind' alone is a row's lateness ('which milestones are behind'), never a person's part ('the member behind the report').
    "slipped": re.compile(
        r"\b(slipp\w*|slip|delay\w*|late|behind (schedule|target|time|plan|programme|profile)|(fallen|falling|fell|running|ran|got|getting|are|is|was|were) "
        r"behind\b(?! (the|this|that|it|a|an|its|their)\b)|overdue|missed|off[- ]track|not on (track|time|schedule)|running over)\b|\bbehind\s*[?.!]?\s*$",
        re.I,
    ),
    "highest": re.compile(
        r"\b(highest|top|biggest|greatest|largest|worst|severest|most (serious|severe|significant|critical|likely|important)|high[- ]scor\w*|(key|main|principal|major) risks)\b", re.I
    ),
    "lookup": re.compile(
        rf"\b((status|progress|position|rating|score|rag) (of|for|on)\b|{DOING.pattern}|{OWNER_ASKED.pattern}|"
        rf"when (is|are|will|was)\b.{{1,80}}\b(due|expected|complete\w*|finish\w*|deliver\w*)\b)|{ON_TRACK.pattern}",
        re.I,
    ),
    "rows": re.compile(rf"\b(which|what|list|show|any)\b.{{0,40}}\b({'|'.join(ROW_NOUNS)})\b", re.I),
}
# Superlatives over a table's numeric column ('which pool had the fewest visits'): the direction each asks for.
SUPERLATIVE_CUES = {
    "most": re.compile(r"\b(most|highest|largest|biggest|greatest|maximum|dearest|most expensive|worth the most|top)\b", re.I),
    "least": re.compile(r"\b(fewest|(?<!at )least|lowest|smallest|minimum|cheapest|worth the least)\b", re.I),
}
# A question asking for every row of a table it names ('what options were looked at and what would each bring in').
WHOLE_TABLE_CUES = re.compile(r"\b(each|every|all (the )?\w+|per \w+|options|alternatives|breakdown|broken down|line by line|compare\w*|what(?:['’]s| is| are) in|contents? of)\b", re.I)
# Words of a row label that make it a totals row, which superlatives and row listings leave out.
TOTAL_WORDS = "total totals subtotal sub-total grand"
# A question asking how figures compare or moved, or for a row's figures year by year: a table row answers it whole.
COMPARE_CUES = re.compile(
    r"\b(chang\w*|compar\w*|versus|vs|against|since|before and after|between \S+ and|each year|every year|year by year|each|per year|trend\w*|rise|rose|fall|fell|grow\w*|grew|increas\w*|decreas\w*)\b",
    re.I,
)
# Words asking how a figure compares or moved, which name no column ('changed since', 'compared with').
CHANGE_WORDS = "change changed changes compare compared comparison versus against since before after between rise rose fall fell increase decrease grow grown"
# Words asking for budget lines side by side: one budget line asked 'against' another brings the others too.
BUDGET_TOGETHER = re.compile(r"\b(against|compared?( with| to)?|versus|vs\.?|relative to|over or under|on track|position)\b", re.I)
# A question about why a member left a meeting or took no part: the declarations of interest answer it.
LEFT_MEETING = re.compile(
    r"\b(le(ft|ave|aving) the ([\w'’-]+ ){0,3}(meeting|room|chamber)|withdr[ae]w\w*|took no part|not take part|step(ped)? out|"
    r"why did\b.{1,60}\b(leave|abstain|not vote))\b",
    re.I,
)
# Words of a vote question that ask how a motion went, not which item it was on.
VOTE_WORDS = "vote votes voted voting move moved mover propose proposed proposer second seconded seconder motion motions amendment amendments amended carried lost defeated unanimous unanimously go went result full"
# A question about how a vote went, who moved or seconded a motion or amendment.
VOTE_CUES = re.compile(r"\b(vot\w*|moved|mover|seconded|seconder|amendment|carried|unanimous\w*|for and against)\b", re.I)

STATUS_CUES = {
    "overall": re.compile(r"\b(overall (rag|status|rating|position|health|progress)|rag (status|rating)|how is (the )?\w+( \w+)? (doing|performing|going) overall|status of the (programme|project))\b"
                          rf"|{ON_TRACK.pattern}", re.I),
    "budget": re.compile(r"\b(budget\w*|spend|spent|spending|expenditure|outturn|out-turn|variance|overspen\w*|underspen\w*|over budget|under budget|financial position|money)\b", re.I),
    "budget_line": re.compile(r"\b(spent|spend to date|so far|to date|outturn|out-turn|variance|overspen\w*|underspen\w*|approved|forecast)\b", re.I),
}
# Money a finance question asks for, by the meanings of ingest/vocabulary.toml's [finance] columns: 'the forecast outturn',
# 'the variance on X', 'how much is saved in 2026/27', 'the budget gap in 2027/28'.
FINANCE_CUES = {
    "forecast": re.compile(r"\b(forecast(?! (date|funding|income))\w*|outturn|out-turn|projected|projection|expected to (spend|cost)|end of the (financial )?year|year[- ]end)\b", re.I),
    "variance": re.compile(r"\b(variances?|over ?spen\w*|under ?spen\w*|over budget|under budget|over or under|(over|under) (the )?(approved )?budget)\b", re.I),
    "saving": re.compile(r"\b(sav(e|es|ed|ing|ings))\b", re.I),
    "gap": re.compile(r"\b(gaps?|shortfalls?|deficits?)\b", re.I),
    "actual": re.compile(r"\b(spent|spend to date|to date|so far|actuals?)\b", re.I),
    "funding": re.compile(r"\b(funding|resources available|income)\b(?! (gap|shortfall))", re.I),
    # 'the budget' asked for itself: not 'over budget', 'against budget', 'within budget' nor 'the budget gap'.
    "budget": re.compile(r"(?<!over )(?<!under )(?<!against )(?<!within )(?<!against the )(?<!over the )\b(budget(ed)?|allocat\w*)\b(?! (gap|shortfall|deficit))", re.I),
}
# A question about how a sum moved between reports or years ('how has the budget changed'), not one table's figure.
MONEY_CHANGE = re.compile(r"\b(chang\w*|compar\w*|between|versus|vs|since|(gone|went|go) (up|down)|ris(e|en|ing)|rose|f[ae]ll(en|ing)?|grow\w*|grew|"
                          r"increas\w*|decreas\w*|differ\w*)\b", re.I)
# A question after the rows of a finance table themselves ('what savings are proposed'), not what they come to.
LISTED = re.compile(r"\b(what|which|list)\b(\s+\w+)?\s+(savings|proposals|cuts|reductions|schemes|projects|pressures|investments)\b(?!.{0,40}\b(come to|add up|total))", re.I)
# A question after a whole table's figure ('the overall variance', 'in total', 'across all services'): its Total row.
OVERALL = re.compile(r"\b(total|overall|altogether|in all|whole|all (services|schemes|directorates|proposals)|across)\b", re.I)
# A question asking for a whole document in brief ('give me the headlines of', 'summarise', 'in a nutshell').
SUMMARY = re.compile(r"\b(summar(y|ise|ize|ising|izing)|headlines?|in a nutshell|key (points|messages|findings)|main (points|messages|findings)|overview|gist|"
                     r"brief me|tl;?dr)\b( of| on)?", re.I)
FIELD_CUES = {
    "who": re.compile(r"\b(who|whose|whom)\b", re.I),
    "about": re.compile(r"\b(tell me about|what is\b.{1,80}\babout\b|(overview|summary|gist) of|summari[sz]e|what does\b.{1,80}\b(propose|cover)|what\b.{1,80}\b(is|are) (proposing|recommending|putting forward))", re.I),
    "contact": re.compile(
        r"\b(who (do|should|can|could) (i|we) (contact|ask|speak to|talk to|call|email|ring)|get in touch|who to (contact|ask)|point of contact|contact about|who(?: is|'s) the contact\b|"
        r"who (can|could|will) (answer|take) questions|who (is|'s) dealing with|officer dealing with|"
        r"how (do|can|could|should|would) (i|we) (reach|contact|get hold of|get in touch with|ring|call|email)\b|"
        r"who\b.{1,120}\band (what'?s|what is) (the|their|his|her) (phone |telephone |contact )?(number|email|email address))\b",
        re.I,
    ),
    "across": re.compile(
        r"\b(which|what|any|list)\b.{0,20}\b(reports|papers|documents|decisions|items)\b|\b(all|every) (reports|papers|documents)\b|"
        r"\b(are|were) there\b.{0,30}\b(reports|papers|documents|decisions)\b",
        re.I,
    ),
    "seen": re.compile(r"\b(seen by|saw|consulted|signed? ?off|sign-off|cleared)\b", re.I),  # a seen-by (sign-off) question
    # what a meeting is asked to do: its recommendations ('what is the committee asked to do with the register')
    "asked": re.compile(r"\b(is|are|was|were)\b.{0,60}\basked to (do|decide|agree|approve|note|consider|endorse)\b|\bwhat (is|are) (it|they|members) asked\b", re.I),
}
YES = re.compile(r"^\W*(yes|y|true|key decision)\b", re.I)
_NUMBER = re.compile(r"(?<![\w.,£$])(\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?)(?![\w.%]|\.\d|,\d)", re.I)  # never a figure ('50,000', '£12', '20%')

# How members ask for a front-sheet or status field; the matcher compares a question with these and with the
# vocabulary's printed labels, so a paraphrase finds the field by meaning, not by one phrase.
FIELD_QUESTIONS: dict[str, list[str]] = {
    "report_of": ["whose report is it", "who is the report from", "which officer is the report from",
                  "who presented the report", "who is the lead officer", "which officer brought it", "whose paper is this",
                  "which officer led on it", "whose report is this"],
    "director": ["which director is responsible", "who is the responsible director", "which director leads on it", "who is the lead director"],
    "author": ["who wrote the report", "who is the author", "who prepared it", "who drafted the paper"],
    "manager": ["who runs the programme", "who manages the project", "who is the programme manager", "who runs it day to day"],
    "portfolio_holder": ["which councillor is responsible", "who is the cabinet member", "which member holds the portfolio", "who is the lead member",
                         "which cabinet member is responsible for it", "which cabinet member was behind it", "which portfolio is it under",
                         "which cabinet member fronted it", "whose cabinet portfolio is it"],
    "contact": ["who is the contact", "who can I contact", "contact details", "phone number or email", "who should I ask",
                "who can answer questions on it", "who should I speak to about it", "what is the email address of the officer"],
    "report_to": ["which meeting is it going to", "who takes the decision", "which committee decides it", "which meeting was it written for",
                  "which body decides it"],
    "meeting_date": ["when is it being decided", "what date is the meeting", "when will it be considered", "when does it go to cabinet",
                     "on what date", "when is the meeting", "when was it considered", "when did the committee look at it"],
    "key_decision": ["is it a key decision", "which reports are key decisions"],
    "forward_plan": ["what is the forward plan reference", "what is its reference number"],
    "urgency": ["was it urgent", "why is it urgent", "what is the reason for urgency"],
    "wards": ["which wards are affected", "which areas does it affect", "which divisions are affected", "which local areas",
              "what areas does it cover"],
    "exempt": ["is it confidential", "is it exempt", "is it public or private", "is any part exempt from publication",
               "is there a confidential appendix", "can the public see it"],
    "seen_by": ["who has seen it", "who was consulted", "who cleared it", "who signed it off"],
    "purpose": ["what is the purpose", "what is it for", "why has the report been written"],
    "summary": ["what is it about", "summarise the report", "give me the gist"],
    "recommendations": ["what are the recommendations", "what is recommended", "what are members asked to decide", "what decision is sought",
                        "what is cabinet being asked to agree", "what decisions does the board need to take", "what is being proposed",
                        "what did they recommend", "what was recommended to cabinet"],
    "reasons": ["why is this recommended", "what are the reasons for the recommendations"],
    "options": ["what options were considered", "what alternatives were looked at"],
    "financial": ["what are the financial implications", "what are the cost implications", "how is it being paid for", "how is it funded",
                  "where is the money coming from"],
    "legal": ["what are the legal implications"],
    "risk": ["what are the risk implications", "what are the risks of the decision"],
    "hr": ["what are the staffing implications", "what are the HR implications", "does it affect staff"],
    "consultation": ["what consultation was carried out", "what did the consultation find", "who was asked for their views"],
    "scrutiny": ["what did scrutiny make of it", "what did the scrutiny committee say", "what were scrutiny's comments"],
    "overall_rag": ["what is the overall status", "what is the overall RAG rating", "how is it doing overall"],
    "approved_budget": ["what is the budget", "how much money was approved"],
    "spend_to_date": ["how much has been spent so far", "what is the spend to date"],
    "forecast_outturn": ["what is the forecast outturn", "what will it cost by the end of the year"],
    "variance": ["what is the variance", "is it over or under budget"],
}
# Fields a clause that is only a question word asks for ('..., and when?'), or that has no word of its own once the
# document's words are dropped ('and whose [report] is it?').
BARE_CLAUSE_FIELDS = {"when": ("meeting_date",), "by whom": ("report_to",), "whose is it": ("report_of",), "whose is this": ("report_of",)}
# Fields that answer for a field a front sheet lacks, nearest first: whoever wrote or brought the report can be asked
# about it; 'whose report is it' is its author before the director who answers for the matter.
FIELD_FALLBACKS = {"contact": ("author", "report_of"), "report_of": ("author", "director"), "author": ("report_of", "contact"), "director": ("report_of",)}
# Fields that name the people behind a report ('which reports did X lead, write or front').
PERSON_FIELDS = ("report_of", "author", "director", "portfolio_holder")
# Fields a 'who do I contact about X' question wants together: the named contact and whoever stands behind the report.
CONTACT_FIELDS = ("contact", "report_of", "author", "director")
# What 'tell me about report X' gives: what it is for, then what it asks members to do.
ABOUT_FIELDS = ("purpose", "summary", "recommendations")
# Fields of status reports; status.py answers them, fields.py leaves them alone.
STATUS_FIELDS = ("overall_rag", "previous_rag", "approved_budget", "spend_to_date", "forecast_outturn", "variance")
# Fields read so their lines are no other field's value, never asked for by label: 'paper' in 'Background papers' would
# make a word members use of the report itself ('whose paper is it') common to too many fields to tell them apart.
UNASKED_FIELDS = ("background_papers",)
BUDGET_FIELDS = ("approved_budget", "spend_to_date", "forecast_outturn", "variance")

# How members ask about a table column, by the column meanings of the vocabulary.
COLUMN_QUESTIONS: dict[str, list[str]] = {
    "owner": ["who owns it", "who is responsible for it", "who leads on it", "who is the owner"],
    "status": ["what is its status", "how is it progressing", "what is the rag rating", "is it on track"],
    "score": ["what is the risk score", "how high is the risk", "what is it rated"],
    "forecast": ["when is it now expected", "what is the forecast date", "when will it be done"],
    "baseline": ["when was it planned", "what was the original date"],
    "due": ["when is it due", "by when", "what is the deadline"],
}


@lru_cache(maxsize=1)
def frame_terms() -> frozenset[str]:
    """Stems of the words that frame a question."""
    return frozenset(terms(FRAME_WORDS))


@lru_cache(maxsize=1)
def document_terms() -> frozenset[str]:
    """Stems of the words that name a kind of document."""
    return frozenset(terms(DOCUMENT_WORDS))


def telling_label(form: str) -> bool:
    """Whether a printed label says more than the name of a document does: 'report to' or 'report for' in a question
    names the report ('the report to Cabinet'), not the field."""
    return bool(set(terms(form)) - document_terms())


def subject(question: str, *extra: str) -> str:
    """The question without the words that frame it (and any `extra` word lists): what it names."""
    frame, listed = frame_terms(), _word_forms(" ".join(extra))
    words = [word.strip(".") for word in re.findall(r"[\w'’.-]+", question)]
    kept = [word for word in words if not (set(terms(word)) and (set(terms(word)) <= frame or _POSSESSIVE.sub("", word.lower()) in listed))]
    return " ".join(word for word in kept if word)


_POSSESSIVE = re.compile(r"['’]s?$")  # 'Riverton's' is the listed 'Riverton'


@lru_cache(maxsize=64)
def _word_forms(words: str) -> frozenset[str]:
    """The listed words with their inflections ('support' -> 'supports', 'supported', 'supporting'), but not words that
    merely share a stem: a list holding 'activity' does not drop 'active' ('the healthy and active outcome')."""
    forms = set()
    for word in words.lower().split():
        stem = word[:-1] if word.endswith("e") else word
        forms |= {word, f"{word}s", f"{word}es", f"{word}ed", f"{stem}ed", f"{stem}ing", f"{word}ing"}
        if word.endswith("y"):
            forms |= {f"{word[:-1]}ies", f"{word[:-1]}ied"}
    return frozenset(forms)


def cues(patterns: dict[str, re.Pattern], question: str) -> set[str]:
    """The names of the cue patterns a question matches."""
    return {name for name, pattern in patterns.items() if pattern.search(question)}


def numbers(question: str, vocabulary: Vocabulary | None = None) -> list[str]:
    """Outline numbers the question names ('objective 2.1', 'priority 3'; 'theme B' after a level name; 'the second
    outcome'), lower-cased, never years."""
    found = [n.lower() for n in _NUMBER.findall(question) if not re.fullmatch(r"(19|20)\d\d", n)]
    if vocabulary is not None and vocabulary.level_names:
        levels = "|".join(re.escape(name) for name in vocabulary.level_names)
        found += [letter.lower() for letter in re.findall(rf"\b(?:{levels})\s+([A-Z])\b(?!['’])", question, re.I)]
        found += [str(ORDINALS.index(word.lower()) + 1) for word in re.findall(rf"\b({'|'.join(ORDINALS)})\s+(?:{levels})s?\b", question, re.I)]
    return found


ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]  # 'the second outcome' is Outcome 2


def level_words(question: str, vocabulary: Vocabulary) -> list[str]:
    """The plan-level words a question uses ('objectives', 'key actions', 'We will'), longest first."""
    spoken = f" {fold(question)} "
    found = []
    for name in sorted(vocabulary.level_names, key=len, reverse=True):
        for form in (fold(name), _plural(fold(name))):
            if f" {form} " in spoken and not any(form in longer for longer in found):
                found.append(form)
    # the words themselves, not their stems: 'whether it is working' names no level
    found += [w for w in re.findall(r"[a-z]+", spoken) if w in ACTION_NAMES.split() and w not in " ".join(found).split()]
    return found


# Rows an edition adds, asked for: 'what new savings were added', 'which risks are new', 'any new items since last time'.
NEW_ROWS = re.compile(r"\b(what|which|any|list)\b.{0,60}\bnew\b.{0,80}\b(added|introduced|proposed|included|since|this (year|time|edition))\b|"
                      r"\b(are|were|is) new\b|\bnew (ones|entries|additions)\b", re.I)


def statuses_named(question: str, vocabulary: Vocabulary) -> set[str]:
    """The statuses (vocabulary names) a question asks for, by the status words it uses; one-letter codes never count."""
    spoken = f" {fold(question)} "
    named = {name for name, forms in vocabulary.status.items() for form in forms if len(fold(form)) > 1 and f" {fold(form)} " in spoken}
    if TABLE_CUES["slipped"].search(question):
        named.add("slipped")
    if not NEW_ROWS.search(question):
        named.discard("new")  # 'the new leisure centre' names a thing, it does not ask for the rows marked New
    return named


def _plural(word: str) -> str:
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"


# How members ask, as passage answers read it (index/answer.py): follow-ups, lists, factoids, figures, spans of years.
FOLLOW_UP = re.compile(
    r"^(and|also|what about|how about|so|then|but)\b|\b(it|its|they|them|their|this|that|these|those|he|she|his|her|same)\b",
    re.IGNORECASE,
)
# A question after several things: 'which schools', 'which of the risks', 'what are', 'list', 'every'; not 'which Act'
# (one thing) nor 'each year' (how often).
LIST_QUESTION = re.compile(r"^(which (of|(?!(is|was|has|does|this|its)\b)\w+(ies|[^s'\W]s)\b|"
                           r"(?:(?-i:[A-Z])[\w'-]* ){1,2}\w+(ies|[^s'\W]s)\b(?=.*\b(are|were|have|do)\b)|[a-z'-]+ \w+(ies|[^s'\W]s) (?=(are|were|have|had|do|did|will)\b))|list|name|what (are|were)|who (are|were)|give me|show me)\b|^what \w+(ies|[^s]s)\b|"
                           r"\b(all|list)\b|\b(each|every)\b(?! (year|month|week|day|quarter|time|meeting|morning|evening|night)s?\b)", re.IGNORECASE)
# Words that shape a question but name nothing a document could contain; they must not decide coverage.
PASSAGE_FRAME_WORDS = frozenset(
    (
        "what which who whom whose when where why how does did do done list tell give gave show please name named "
        "get got go goes going went look looked looking big supposed according roughly many much say said says "
        "actually often precedent precedents remind me whoever wrote fit fits sit sits under else come came out past been have has thing things "
        "know need want like would could should will can may might any some about also just really still yet ever had its "
        "isn't aren't wasn't weren't doesn't don't didn't won't can't hasn't haven't instead rather before after "
        "happen happened mention mentions mentioned refer refers document documents report reports paper papers "
        "anything something there here one ones kind sort exactly currently moment idea filed part intend intends "
        "plan's council's put putting take taken make made i we our cllr councillor"
    ).split()
)
PASSAGE_FRAME_TERMS = frozenset(terms(" ".join(PASSAGE_FRAME_WORDS)))
# How members ask versus how council front sheets are worded (a question's word -> the documents' words).
COUNCIL_SYNONYMS = load_vocabulary().synonyms  # [synonyms] in ingest/vocabulary.toml
# A thing named by a kind and a short designator ('phase 3', 'Block B', 'quarter 2', 'Q3', 'option 2', 'Tranche II'):
# the designator is what the question is about, so an answer about another one of the kind does not answer it.
# The designator: a capital, a figure with a capital after it or none ('Strand 3C'), or a Roman numeral.
DESIGNATOR = r"((?-i:[A-HJ-Z])|[1-9](?-i:[A-Z])?|(?-i:[IVX]{2,4}))(?![\w%£/]|[.,:-]\w)"
DESIGNATED = re.compile(r"\b(?!(?:in|on|at|by|of|to|for|the|and|or|than|top|over|under|about|around|page|section|paragraph|table|"
                        r"appendix|item|annex|recommendation|year|years|days|weeks|months|hours|minutes|aged|age|from|with|only)\b)"
                        rf"([a-z]{{3,}}) {DESIGNATOR}", re.IGNORECASE)
QUARTER = re.compile(r"\bQ([1-4])\b")
# A question comparing periods: 'changed between 2022 and 2024', 'in 2024/25, compared with 2023/24', 'in 2022, and now'.
COMPARES = re.compile(r"\b(chang\w*|compar\w*|between|versus|vs|than|differ\w*|since|from|and|rise|rose|risen|fall|fell|fallen|grow\w*|grew|"
                      r"increas\w*|decreas\w*|reduc\w*|went (up|down)|gone (up|down))\b", re.IGNORECASE)
COMPARING_WORDS = re.compile(r"\b(chang\w*|compared( with| to)?|comparison|between|versus|vs\.?|since|from)\b", re.IGNORECASE)
# How a question names a post by what its holder does ('who chairs the Audit Committee'): the vocabulary's [posts]
# kind -> the verbs. A post's remit is read up to the first of POST_STOPS ('the Lead Member for Housing in Dunmere').
POST_VERBS = {"chair": ("chairs", "chaired", "chairing", "convenes", "convened", "convening")}
POST_STOPS = ("in", "at", "on", "who", "what", "which", "when", "where", "whose", "why", "how", "is", "was", "are", "were", "does",
              "did", "do", "has", "have", "had", "now", "currently", "according", "this", "that", "these", "those", "please")
# Words that make a post's remit a document ('the lead member for the recycling centres report'): the member of that
# report, whom its front sheet names, not a post by what it covers.
POST_DOCUMENT_WORDS = ("report", "reports", "paper", "papers", "document", "documents", "decision", "minutes", "item")
# Words of a post's remit that name where, not what ('the Cabinet Member for Housing at Dunmere Borough Council').
POST_PLACE_WORDS = "council borough county district city town parish"
# Who-questions: an answer names someone (a titled person, a post, a body), other than who the question itself names.
WANTS_PERSON = re.compile(r"^\W*(who|whom|whose)\b(?!.*\b(contact|ring|call|email|speak|talk|ask)\b)", re.IGNORECASE)
PERSONISH = re.compile(r"(?:\b[A-Z][\w'’-]*,?\s+){0,4}\(?\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Dame|Chair\w*|Leader|Mayor|"
                       r"Director|Officers?|Manager|Head|Chief|Members?|Secretary|Solicitor|Treasurer|Clerk|Executive|Trust|Ltd|Limited|plc|"
                       r"Board|Partnership|Committee|Panel|Council|Authority|Agency|Group|Company|CIC|Association|Cabinet)\b(?:\s+(?:of|for)(?:\s+[A-Z][\w'’-]*)+)?")
STILL = re.compile(r"\b(still|now|currently|any ?more|latest|these days|at present|so far)\b", re.IGNORECASE)  # after what came before
NOW = re.compile(r"\b(now|currently|at present|today|these days)\b", re.IGNORECASE)
# 'How long does it take at the moment?': where things stand, which the latest paper saying it says.
ASKS_CURRENT = re.compile(r"\b(now|currently|at present|at the moment|these days|latest|most recent|so far|to date)\b", re.IGNORECASE)
FACTOID = re.compile(r"^\W*(who|whom|whose|when|which (?!of\b)\w*[^s\W'](?= )|how (many|much|long|often|big|large)|what (is|was) the (date|name|cost|figure|total|amount|number|reference|deadline))\b", re.IGNORECASE)
WANTS_NUMBER = re.compile(r"\b(how (many|much|big|large|often)|what (percentage|proportion|rate|number|amount)|cost|budget(?! (reports?|papers?|meetings?|book)\b)|rate|score)\b", re.IGNORECASE)
WANTS_DATE = re.compile(r"\b(when|what date|which date|what day|what year)\b", re.IGNORECASE)
# When something was done ('when was the harbour wall completed', 'when did the hub open'): a plan's or a milestone table's
# date is when it was due, not when it happened, so only a statement of the event answers.
DONE_ASKED = re.compile(r"\bwhen (was|were|did|had)\b.{1,80}?\b(complet\w*|finish\w*|open\w*|deliver\w*|built|added|launched|achieved|introduced|"
                        r"done|end|ended|close|closed)\b", re.IGNORECASE)
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
CALENDAR = re.compile(rf"({MONTHS}|{WEEKDAYS})", re.IGNORECASE)
HOW_MANY = re.compile(r"\bhow many ([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", re.IGNORECASE)
PART_BREAK = re.compile(r"\band\b|[,;?]", re.IGNORECASE)
# Where a question turns to a second question of its own ('..., and when will it open?', '... propose? How many ...').
CLAUSE_BREAK = re.compile(r"(?:,\s*and|\?\s*(?:and\s+)?|;\s*(?:and\s+)?|\band)\s+(?=(?:what|how|when|who|whom|whose|which|why|where|is|are|was|were|"
                          r"did|does|do|has|have|will|can)\b)", re.IGNORECASE)
# Questions across documents: precedents, what has been done before, how an approach changed, which documents say X.
ACROSS = re.compile(
    r"\b(precedents?|previous(ly)?|(earlier|past|previous|other|older) (reports?|documents?|papers?|work|plans?)|in the past|"
    r"over the years|over time|through the years|history of|how (has|have|did) .{3,80}?\b(chang\w*|evolv\w*|develop\w*|moved on)|"
    r"which (of the |other )?(documents|reports|papers|plans)|what (other )?(documents|reports|papers|plans)|"
    r"any (other )?(documents|reports|papers|plans))\b|\bbefore\s*\?",
    re.IGNORECASE,
)
OURS = re.compile(r"\b(we|our|us)\b", re.IGNORECASE)
WANTS_MONEY = re.compile(r"\bhow much\b.{0,80}\b(cost|costs|costing|spen[dt]\w*|charg\w*|pay|paid|sav(e|es|ed|ing|ings)|budget\w*|allocat\w*|worth|price|fees?|funding|grant|raise[sd]?|earn\w*|income)\b"
                          r"|\bhow much money\b", re.IGNORECASE)
# 'between April and December 2022' names one year's months, not a span of years to compare.
MONTH_SPAN = re.compile(rf"\b(?:between|from) (?:{MONTHS}) (?:and|to) (?:{MONTHS}) ((?:19|20)\d\d)\b", re.IGNORECASE)
SINCE = re.compile(r"\b(since|between|compared|changed?|changing|before|after|until|up to|by)\s+(?:\w+\s+){0,3}?((19|20)\d\d)", re.IGNORECASE)


# The period a report covers: like its years, it dates an edition and names no matter ('... quarter 3 2025/26').
PERIOD_WORDS = ("quarter quarterly annual annually yearly year years month monthly half mid interim january february march april may "
                "june july august september october november december q1 q2 q3 q4")
SERIES_SHARE = 0.5  # of the shorter title's words, the share two editions of one series' titles have in common


def same_titles(one: dict, other: dict, least: float = 0.5) -> bool:
    """Whether two catalogue entries are on one programme or matter: at least `least` of the words of the shorter
    title (council, status and document words aside) stand in the other's."""
    # Years, numbers and periods date an edition ('Medium-Term Financial Plan 2026/27 to 2029/30'), they do not name the matter.
    dated = [{word for word in terms(d.get("title") or "") if not word.isdigit()} - set(terms(d.get("council") or "")) - set(terms(PERIOD_WORDS))
             for d in (one, other)]
    words = [title - set(terms(STATUS_WORDS)) - set(terms(DOCUMENT_WORDS)) for title in dated]
    # A title of nothing but such words ('Performance report: quarter 3') is named by them.
    shorter, longer = sorted(words if all(words) else dated, key=len)
    return bool(shorter) and len(shorter & longer) / len(shorter) >= least
