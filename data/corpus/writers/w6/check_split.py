import json, re, sys, glob
ABBR = ("e.g.", "i.e.", "vs.", "etc.", "approx.", "Dr.", "Mr.", "Ms.", "Mrs.", "no.")
for p in sorted(glob.glob("data/corpus/raw/w6_*.jsonl")):
    for line in open(p):
        r = json.loads(line)
        units = r.get("units", [r])
        for u in units:
            t = u["text"]
            for m in re.finditer(r"[.!?]['\"]?\s", t):
                pre = t[:m.start() + 1]
                if any(pre.endswith(a) for a in ABBR):
                    continue
                print(r.get("note_id") or r.get("id"), "|", t)
        # specificity tally
spec = {}
for p in sorted(glob.glob("data/corpus/raw/w6_notes_*.jsonl")):
    for line in open(p):
        r = json.loads(line); spec[r["specificity"]] = spec.get(r["specificity"], 0) + 1
print("spec", sorted(spec.items()))
