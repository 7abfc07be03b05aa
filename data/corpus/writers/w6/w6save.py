"""w6 save wrapper: adds writer/split/ratings defaults and unit offsets (schema fields)."""
import json


def save(path, notes):
    with open(path, "w", encoding="utf-8") as f:
        for n in notes:
            rec = n.record()
            rec.setdefault("ratings", {})
            rec["writer"] = "w6"
            rec["split"] = "dev"
            pos = 0
            for u in rec["units"]:
                j = rec["text"].find(u["text"], pos)
                if j < 0:
                    raise ValueError(f"{rec['note_id']}: unit not found: {u['text']!r}")
                u["start"], u["end"] = j, j + len(u["text"])
                pos = u["end"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", path, len(notes), "notes", sum(len(n.units) for n in notes), "units")


def save_units(path, units):
    """units: list of (id, text, code, [dims], hard_tag_or_None); adds writer/split."""
    from corpus_writer import _label
    with open(path, "w", encoding="utf-8") as f:
        for uid, text, code, dims, hard in units:
            kind, pol = _label(code)
            rec = {"id": uid, "text": text, "kind": kind, "polarity": pol, "dimensions": list(dims),
                   "writer": "w6", "split": "dev"}
            if hard:
                rec["hard"] = hard
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", path, len(units), "units")
