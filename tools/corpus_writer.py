"""Tiny helper for corpus writers: build a note sentence by sentence so offsets are exact.

Writers type every sentence by hand; this module only joins them and records offsets.

    from corpus_writer import Note, save_notes, save_units
    n = Note(note_id="w1-n001", candidate_id="w1-c01", interviewer_id="w1-i03", req_id="w1-r1",
             round="system_design", submitted_at="2026-03-04", recommendation="hire",
             specificity=4, style=["prose", "first_person"], topic="fraud",
             ratings={"system_thinking": "hire"})
    n.h("Summary")                                   # heading line (context)
    n.s("I asked her to design a fraud alerting system.", "c")
    n.s("She began by asking how fast chargebacks arrive.", "e+", "data_intuition")
    n.nl()                                           # line break
    n.b("no rollback plan", "e-", "risk_awareness", hard="negated")   # bullet line, marker "- "
    n.b("Great communicator.", "v+", "communication", marker="* ")
    n.blank()                                        # empty line between paragraphs
    save_notes("data/corpus/raw/w1_notes_part1.jsonl", [n, ...])

Label codes: e+ e- e0 (evidence positive/negative/neutral), v+ v- v0 (vague), c (context).
"""
import json

_KIND = {"e": "evidence", "v": "vague", "c": "context"}
_POL = {"+": "positive", "-": "negative", "0": "neutral", "": "neutral"}


def _label(code):
    if code == "c":
        return "context", "neutral"
    if len(code) != 2 or code[0] not in "ev" or code[1] not in "+-0":
        raise ValueError(f"bad label code {code!r}: use e+ e- e0 v+ v- v0 c")
    return _KIND[code[0]], _POL[code[1]]


class Note:
    def __init__(self, **meta):
        self.meta = meta
        self.text = ""
        self.units = []
        self._line_has_text = False

    def _add(self, text, code, dims, hard):
        text = text.strip()
        kind, pol = _label(code)
        start = len(self.text)
        self.text += text
        unit = {"text": text, "kind": kind, "polarity": pol, "dimensions": list(dims)}
        if hard:
            unit["hard"] = hard
        self.units.append(unit)
        self._line_has_text = True
        return self

    def s(self, text, code, *dims, hard=None, sep=" "):
        """A sentence continuing the current line (joined with `sep`)."""
        if self._line_has_text:
            self.text += sep
        return self._add(text, code, dims, hard)

    def nl(self):
        """End the current line."""
        self.text += "\n"
        self._line_has_text = False
        return self

    def blank(self):
        """End the current line and leave an empty line."""
        if self._line_has_text:
            self.text += "\n"
        self.text += "\n"
        self._line_has_text = False
        return self

    def b(self, text, code, *dims, hard=None, marker="- "):
        """A bullet on a new line."""
        if self.text and not self.text.endswith("\n"):
            self.text += "\n"
        self.text += marker
        self._line_has_text = False
        return self._add(text, code, dims, hard)

    def h(self, text):
        """A heading on its own line (context)."""
        if self.text and not self.text.endswith("\n"):
            self.text += "\n"
        self._line_has_text = False
        self._add(text, "c", (), None)
        self.text += "\n"
        self._line_has_text = False
        return self

    def record(self):
        rec = dict(self.meta)
        rec["text"] = self.text.rstrip("\n")
        rec["units"] = self.units
        return rec


def save_notes(path, notes):
    with open(path, "w", encoding="utf-8") as f:
        for n in notes:
            f.write(json.dumps(n.record(), ensure_ascii=False) + "\n")


def save_units(path, units):
    """units: list of (id, text, code, [dims], hard_tag_or_None)."""
    with open(path, "w", encoding="utf-8") as f:
        for uid, text, code, dims, hard in units:
            kind, pol = _label(code)
            rec = {"id": uid, "text": text, "kind": kind, "polarity": pol, "dimensions": list(dims)}
            if hard:
                rec["hard"] = hard
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
