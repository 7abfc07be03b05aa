"""Build and execute the notebooks (outputs are committed). Run from the repo root:

    python notebooks/build_notebooks.py [model_selection|audit_walkthrough]
"""
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent

MODEL_SELECTION = [
    ("md", """# Model selection for the unit classifier

Candidates (each with and without lexicon features), fit on **train** (23 writers: w1-w5, w9,
w11-w26, w28), scored on **dev** (writer w6, unseen in train). The shipped model is the best on dev
by the sum of kind macro-F1, polarity macro-F1 and dimension micro-F1; it is then reported on
**test** (writers w7, w8, w10 and w27, other briefs). Code: `src/notelint/training/compare.py`."""),
    ("code", """import json, time
from pathlib import Path
import pandas as pd
from notelint.training.corpus import load_units, load_notes
from notelint.training import compare
C = Path('../data/corpus')
train, dev = load_units(C, 'train'), load_units(C, 'dev')
texts = {n['note_id']: n['text'] for n in load_notes(C)}
print(len(train), 'train units,', len(dev), 'dev units')"""),
    ("code", """rows = []
def run(name, lex, fn):
    t = time.time(); m = fn()
    rows.append({'model': name, 'lexicons': lex, 'kind_macro_f1': m['kind_macro_f1'],
                 'polarity_macro_f1': m['polarity_macro_f1'], 'dimension_micro_f1': m['dimension_micro_f1'],
                 'kind_ece': m['kind_ece'], 'seconds': round(time.time() - t, 1)})
hp = {}  # hashed linear: hyper-parameters chosen once per lexicon setting, without the note block
def hashed(lex, note_weight):
    m = compare.hashed_linear(train, dev, texts, lex, note_weight=note_weight, fixed=hp.get(lex))
    hp.setdefault(lex, m['hyperparameters'])
    return m
for lex in (False, True):
    run('sklearn TF-IDF + LR', lex, lambda: compare.sklearn_tfidf(train, dev, lex))
    run('spaCy textcat BOW', lex, lambda: compare.spacy_textcat(train, dev, 'bow', lex))
    run('spaCy textcat ensemble (tok2vec+BOW)', lex, lambda: compare.spacy_textcat(train, dev, 'ensemble', lex))
    run('notelint hashed linear', lex, lambda: hashed(lex, 0.0))
    run('notelint hashed linear + note context', lex, lambda: hashed(lex, 0.25))
df = pd.DataFrame(rows)
df['sum'] = df.kind_macro_f1 + df.polarity_macro_f1 + df.dimension_micro_f1
df.sort_values('sum', ascending=False)"""),
    ("md", """The hashed linear model's regularisation, polarity offsets and dimension threshold are
chosen by leave-one-writer-out cross-validation over the train writers only (dev is not seen), for
the design without the note-context block; the note-context design (the whole note's words as a
second block of norm 0.25) reuses them, since its own search takes hours. The others use fixed
settings. The shipped model is the note-context design, fit on train+dev with the hyper-parameters
the same CV chose over train+dev (`training/unit_model.py`); the choice of the block rests on a
leave-one-writer-out screen over all 24 train+dev writers (`tools/feature_lowo.py`), a larger
sample than the one dev writer here. The test figures below are the ones to trust."""),
    ("code", """man = json.loads(Path('../models/MANIFEST.json').read_text())['components']['pipeline']
print('shipped features:', man['features'], 'trained on:', man['trained_on'])
test = man['metrics']['test']
print({k: test[k] for k in ('kind_macro_f1', 'polarity_macro_f1', 'dimension_micro_f1', 'kind_ece', 'polarity_ece')})
pd.DataFrame(test['dimension_f1']).T"""),
    ("code", """for name in ('kind', 'polarity'):
    c = test[f'{name}_confusion']
    display(pd.DataFrame(c['matrix'], index=[f'gold {l}' for l in c['labels']], columns=[f'pred {l}' for l in c['labels']]))"""),
]

AUDIT = [
    ("md", """# Calibration audit on the corpus

The corpus notes are linted with the shipped models, then audited per interviewer, round and req.
The same report comes from `notelint audit data/corpus/notes.jsonl --out audit/`."""),
    ("code", """import json
from pathlib import Path
import pandas as pd
from IPython.display import SVG, display, HTML
import notelint
from notelint.api import NoteInput
from notelint.audit import audit, audit_notes_from_rows
from notelint.audit.render import box_chart, interval_chart, line_chart
linter = notelint.load()
notes = [json.loads(x) for x in open('../data/corpus/notes.jsonl')]
rows = []
inputs = (NoteInput(n['text'], 'corpus', n['note_id'],
                    {k: n[k] for k in ('interviewer_id', 'round', 'req_id', 'submitted_at', 'recommendation')})
          for n in notes)
for r in linter.lint_many(inputs):
    d = r.to_dict(); d['meta'] = r.meta; rows.append(d)
res = audit(audit_notes_from_rows(rows))
print(res['overall']['notes'], 'notes;', len(res['interviewers']), 'interviewers')"""),
    ("code", """t = pd.DataFrame({i: {'notes': s['notes'], 'vague_share': s['vague_share'], 'specificity': s['specificity_mean'],
    'unsupported': s['unsupported_recommendations'], 'bias_hits': s['bias_hits'],
    'leniency': s['leniency']['leniency'] if s['leniency'] else None} for i, s in res['interviewers'].items()}).T
t.sort_values('vague_share', ascending=False).head(15)"""),
    ("md", "Interviewers whose notes are mostly impressions stand out at the top; the habitually vague interviewers of the writers' briefs should be among them."),
    ("code", """top = sorted(res['interviewers'].items(), key=lambda x: -x[1]['notes'])[:20]
display(HTML(box_chart([(i, s['specificity_quantiles']) for i, s in top], 'specificity per interviewer')))
display(HTML(interval_chart([(i, s['leniency']['leniency'], s['leniency']['low'], s['leniency']['high']) for i, s in top if s['leniency']], 'leniency')))"""),
    ("code", """pd.DataFrame(res['rounds']).T[['notes', 'vague_share', 'specificity_mean', 'unsupported_recommendations', 'bias_hits']]"""),
    ("code", """for i, s in list(res['interviewers'].items())[:6]:
    print(i); [print('  -', c) for c in s['coaching']]"""),
    ("code", """pd.DataFrame(res['worst_notes'])"""),
]


def build(name, cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(s) if k == "md" else nbformat.v4.new_code_cell(s) for k, s in cells]
    NotebookClient(nb, timeout=4 * 3600, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}).execute()
    nbformat.write(nb, HERE / f"{name}.ipynb")
    print("wrote", HERE / f"{name}.ipynb")


if __name__ == "__main__":
    which = sys.argv[1:] or ["model_selection", "audit_walkthrough"]
    for w in which:
        build(w, MODEL_SELECTION if w == "model_selection" else AUDIT)
