"""Why the assistant cannot answer an out-of-scope question: someone else's record, or another organisation.

The NLU labels "when is my wife's appointment" (another person's record, nlu/LABELS.md kinds B and D) and "when is
my appointment at the IND" (another organisation's business) out_of_scope, like "what is the weather tomorrow". The
generic answer ("I cannot help with that; I know about the PVT, the MAP, ...") leaves the first two wondering why:
the assistant does know about appointments. The NLU's cue markers (`nlu.normalise.MARKER_RULES`, the same the
intent classifier sees) tell them apart, so the answer can say what to do instead: the other person asks in their own
chat or their regisseur (a person only ever sees their own data), or the question goes to that organisation.
"""

from __future__ import annotations

import enum

from nlu.normalise import cue_markers, model_text


class Reason(str, enum.Enum):
    someone_else = "someone_else"  # another person's appointment, progress or regisseur
    other_organisation = "other_organisation"  # DUO, the IND, a doctor, the tax office, ...


_SOMEONE_ELSE = frozenset({"__their_record__", "__other_person__"})
_OTHER_ORGANISATION = frozenset({"__other_service__"})


def reason(text: str) -> Reason | None:
    """Why an out-of-scope message is out of scope, if its words say so; None for anything else.

    Someone else comes first: "the IND appointment of my neighbour" is answered with what the neighbour can do.
    """
    markers = set(cue_markers(model_text(text or "")))
    if markers & _SOMEONE_ELSE:
        return Reason.someone_else
    if markers & _OTHER_ORGANISATION:
        return Reason.other_organisation
    return None
