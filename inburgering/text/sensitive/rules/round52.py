"""Round 52: idioms, crisis rules and uncertain signals by kind, from the misses and false alarms of the
held-out batch that round read (batch 52, development data since) and NLU b42; see the comments per kind."""

from __future__ import annotations

from inburgering.text.sensitive.rules.round51 import _R51LD_BLOWS_TI

# (round 52, all languages: start)
_ROUND52_IDIOMS_ALL: tuple[str, ...] = ()
_ROUND52_CRISIS_ALL: tuple[str, ...] = ()
_ROUND52_UNCERTAIN_ALL: tuple[str, ...] = ()
# (round 52, all languages: end)

# (round 52, the lead: start)
# The one emergency answer to an idiom of batch 52 (sealed in round 51, development data since round 52), cut as an
# idiom by kind. NON-NATIVE WRITTEN (Tigrinya): needs review by a native speaker. (Names start with _R52LD_.)
# A form, a letter, the paperwork or a course "is killing me" in Latin-script Tigrinya with "kq" typed for ቐ ("ezi form nay
# bijstand ykqetleni alo": "ykqetleni" is read ይኽቀትለኒ, which no Ge'ez idiom knows; "ይቐትለኒ" after a form already was
# one). Never with a person who is doing it, a weapon, or death wished for.
_R52LD_PAPERWORK_LA = (r"(form|formulier|formulieren|dbdabe|debdabe|dbdabeta|wereqet|wereqeti|wrqet|bijstand|belasting|toeslag|"
                       r"toeslagen|tmhrti|timhrti|fetena|huiswerk|homework|srah|sirah|grammar|grammatica|hollandegna|holandegna|"
                       r"hollandenya|nederlands|inburgering|knm|pvt|map|birokrasi|bureaucratie|gemeente|uwv|ind|duo|sheqa|shqa)")
_R52LD_KILLS_ME_LA = r"(ykqetleni|yqetleni|yeqetleni|ykeqetleni|yqtleni|ykqtleni|yiqetleni|ykqetlani|yqetlani)"
_R52LD_NO_DANGER_LA = (r"(?!.*\b(seb|sebeyti|sebeytey|sebay|seb'ayey|sebayey|hawey|abuy|adey|kara|shgut|shguT|pistol|mot|kmewt|"
                       r"kmut|kmot|nebsey|resey|rese|gemed|kenina|polis|police)\b)")
_R52LD_PAPER_KILLS_ME_LA = (r"^" + _R52LD_NO_DANGER_LA + r"(?=.*\b" + _R52LD_PAPERWORK_LA + r"\b).*?\b" + _R52LD_KILLS_ME_LA
                            + r"\b")
# The two emergency answers to ordinary lines of NLU b42 (sealed in round 51, ordinary development data since round 52),
# cut as idioms by kind:
# "No peace at home" next to a denied blow, "he does not hit me" (Tigrinya "... ኣብ ገዛ ሰላም የለን ኣይወቕዓንን እዩ ግን ድቃስ
# ስኢነ", b42; Latin "aywqeanen"): round 51's _R51LD_NO_DANGER_BUT_TI read only "there is no danger"; its word list of
# blows also matched inside the denial. Strife at home with the blow denied: never next to a blow that is not denied,
# a threat, a knife, the police or death (the gentle question may still come from the classifier).
_R52LD_BLOWS_TI = r"(?<!ኣይ)(?<!ኣይተ)" + _R51LD_BLOWS_TI
_R52LD_DENIED_BLOW_TI = r"(?<!\S)ኣይ(ወቕዓ|ወቕዕ|ሃረመ|ሃርመ|ደፍኣ|ረገጸ)\S*ን(?!\S)"
_R52LD_NO_PEACE_DENIED_BLOW_TI = (r"^(?=.*" + _R52LD_DENIED_BLOW_TI + r")(?!.*" + _R52LD_BLOWS_TI + r").*?"
                                  r"ኣብ\s*ገዛ\s*(ሰላም|ደሓን)\s*(የለን|የብልናን|የብለይን)(?!\S)")
_R52LD_NO_PEACE_DENIED_BLOW_LA = (r"^(?=.*\bay(wqe|weqe|wq)\w*n\b)(?!.*\b(ywq\w*|yweq\w*|wqiu|weqiu|yharm\w*|kara|shgut\w*|"
                                  r"polis|police|kmewt|kmut|mot|yfrarh\w*)\b).*?\bab\s+geza\s+(selam|dehan)\s+(yelen|yebnan|yebleyn)\b")
# Hurt by discrimination at work, at a stage or at school (Tigrinya "ኣብ ስታጅ ናይ MAP ብሰንኪ ሕብረይ ይፈላልዩኒ ኣለዉ ብዙሕ
# ይጎድኣኒ ኣሎ", b42): "it hurts me a lot" read as a blow (a core rule for ጎድኣ... with ኒ). Only next to a cue of
# discrimination or mockery, never with a blow, a knife, the husband or death.
_R52LD_DISCRIMINATED_TI = (r"(ይፈላልዩ|ይፈላሊ|ኣድልዎ|ዓሌት|ዓሌታዊ|ዘረኛ|ዘረኝነት|ሕብረይ|ሕጃበይ|ሕጃብ|ይላገጹ|ይላገጸ|ይላገጹለይ|ይላገጸለይ|ይጽርፉ|"
                           r"ይጸርፉ|ይጽርፈኒ|ይጸርፈኒ|ይንዕቁ|ይንዕቐ|ወጻእተኛ|ስደተኛ)")
_R52LD_HURTS_ME_TI = r"(?<!\S)(ብዙሕ\s+)?ይጎድኣኒ(\s+ኣሎ|\s+እዩ)?(?!\S)"
_R52LD_NO_HARM_TI = r"(ሰብኣየይ|ሰበይተይ|ሓወይ|ኣቦይ|ወቕዓ|ወቕዕ|ሃረመ|ሃርመ|ካራ|ሽጉጥ|ሽጎጥ|ፖሊስ|ሞት|ክሞት|ክመውት|ክቐትል|ቀቲሉ|ደፍኣኒ|ረጊጹ)"
_R52LD_HURT_BY_DISCRIMINATION_TI = (r"^(?=.*" + _R52LD_DISCRIMINATED_TI + r")(?!.*" + _R52LD_NO_HARM_TI + r").*?"
                                    + _R52LD_HURTS_ME_TI)
_ROUND52_IDIOMS_LEAD: tuple[str, ...] = (_R52LD_PAPER_KILLS_ME_LA, _R52LD_NO_PEACE_DENIED_BLOW_TI, _R52LD_NO_PEACE_DENIED_BLOW_LA,
                                         _R52LD_HURT_BY_DISCRIMINATION_TI)
# A child being beaten now, in Latin-script Tigrinya spelled as people type it ("gorebetey nqol'u yiwek'o alo, hiji yibeki
# alo dem riyeye", batch 23: "yiwek'o" is read ዪወቆ, which no Ge'ez rule knows; the classifier carried it alone, at 0.95, and
# this round's idioms in its training views moved it to the gentle question). Someone beats a child (n- + child) now, or the
# child cries, or blood: the emergency answer. Never a film or a game.
_R52LD_TO_CHILD_LA = r"\bn(qolu|qolua|qola|qolea|wedu|wede|weday|gualu|guala|htsan\w*|dequ|dekey|wedey|gualey)\b"  # the view drops the apostrophe
_R52LD_BEATS_LA = r"\b(yiwek\w*|ywek\w*|yiweq\w*|yweq\w*|ywq\w*|yiwq\w*|yharm\w*|yiharm\w*|yherm\w*)\b"
_R52LD_NOW_LA = r"\b(alo|ala|alewu|hji|hiji|hiji'u|kab\s+hji|dem|ybeki|yibeki|ybekiyu|tbeki|ysheg\w*)\b"
_R52LD_NOT_A_GAME_LA = r"^(?!.*\b(film|filmi|game|geym|series|seriyal|tsewta|football|kuaso|kwaso|ball)\b)"
_ROUND52_CRISIS_LEAD: tuple[str, ...] = (
    _R52LD_NOT_A_GAME_LA + r"(?=.*" + _R52LD_TO_CHILD_LA + r")(?=.*" + _R52LD_NOW_LA + r").*?" + _R52LD_BEATS_LA,
)
_ROUND52_UNCERTAIN_LEAD: tuple[str, ...] = ()
# (round 52, the lead: end)
_ROUND52_IDIOMS = _ROUND52_IDIOMS_ALL + _ROUND52_IDIOMS_LEAD
_ROUND52_CRISIS = _ROUND52_CRISIS_ALL + _ROUND52_CRISIS_LEAD
_ROUND52_UNCERTAIN = _ROUND52_UNCERTAIN_ALL + _ROUND52_UNCERTAIN_LEAD
