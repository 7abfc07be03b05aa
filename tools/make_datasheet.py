"""Fill data/DATASHEET.md from its template with the measured corpus and agreement figures.

    python tools/make_datasheet.py   (after tools/corpus_stats.py and tools/agreement.py score)
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
tpl = (ROOT / "data" / "DATASHEET.template.md").read_text()
stats = (ROOT / "reports" / "corpus_stats.md").read_text()
ag = json.loads((ROOT / "data" / "agreement" / "agreement.json").read_text())
writers = sorted({json.loads(x)["writer"] for x in open(ROOT / "data" / "corpus" / "notes.jsonl")},
                 key=lambda w: int(w[1:]))
agreement = "\n".join([
    "| measure | value |", "|---|---|",
    f"| kind: Cohen's kappa | {ag['kind_kappa']:.3f} (raw agreement {ag['kind_agreement']:.3f}) |",
    f"| polarity: Cohen's kappa | {ag['polarity_kappa']:.3f} (raw agreement {ag['polarity_agreement']:.3f}) |",
    f"| dimensions: agreement F1 (micro) | {ag['dimension_agreement_f1_micro']:.3f} |",
    "", "Per-dimension agreement F1: " + ", ".join(f"{d} {v:.2f}" for d, v in ag["dimension_agreement_f1_per_dimension"].items()),
    "", "Kind confusions (first->second): " + (", ".join(f"{k} {v}" for k, v in ag["kind_confusion"].items()) or "none")
    + "; polarity: " + ", ".join(f"{k} {v}" for k, v in ag["polarity_confusion"].items()) + "."])
out = (tpl.replace("STATS", stats).replace("AGREEMENT", agreement).replace("AGREE_N", str(ag["units"]))
       .replace("WRITERS", f"{len(writers)} ({', '.join(writers)})"))
(ROOT / "data" / "DATASHEET.md").write_text(out)
print("wrote data/DATASHEET.md")
