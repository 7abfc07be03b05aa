import sys; sys.path.insert(0, "tools")
from corpus_writer import Note, save_notes

notes = []

# c01 Priya Raman (she) -- strong, r1
n = Note(note_id="w25-n001", candidate_id="w25-c01", interviewer_id="w25-i01", req_id="w25-r1",
         round="coding", submitted_at="2025-03-11", recommendation="hire", specificity=4,
         style=["bullets", "terse", "abbreviations"], topic="suggestion ranking",
         ratings={"coding": "hire"})
n.h("Coding, 60m")
n.b("Task: dedup completion candidates by normalized prefix, return top k by score.", "c")
n.b("LGTM on the overall structure: she split normalize() from rank() before writing any loop.", "e+", "coding", hard="verdict_plus_evidence")
n.b("Asked whether whitespace-only diffs count as duplicates before she started.", "e+", "judgment", hard="question")
n.b("Wrote tests for k=0, an empty candidate list, and two suggestions differing only by a trailing newline.", "e+", "coding")
n.b("nit: used a list for the seen-check (O(n^2)); swapped to a set once I asked about 10k candidates.", "e0", "coding", "learning", hard="mixed")
n.b("nit: naming got sloppy near the end (`tmp2`, `x_`).", "e-", "coding")
n.b("Explained that ranking on summed logprob favours short completions and length-normalized by token count.", "e+", "ml_fundamentals")
n.b("Didn't handle ties on score, so the output order was nondeterministic between runs.", "e-", "coding", hard="negated")
n.b("Talked through complexity clearly.", "v+", "communication")
n.b("Solid engineer. H.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n002", candidate_id="w25-c01", interviewer_id="w25-i02", req_id="w25-r1",
         round="system_design", submitted_at="2025-03-12", recommendation="hire", specificity=4,
         style=["bullets", "headings", "abbreviations"], topic="editor latency",
         ratings={"system_thinking": "hire", "risk_awareness": "lean_no_hire"})
n.h("Design: inline completion backend (45 min)")
n.b("Prompt: serve single-line completions in the editor, p95 < 200 ms end to end.", "c")
n.b("Latency budget | 4/5 | split the 200 ms into ~30 network, ~20 context assembly, ~120 model, ~30 slack, unprompted.", "e+", "system_thinking", hard="verdict_plus_evidence")
n.b("Cancellation | 5/5 | asked how often users keep typing before a response lands, then proposed cancelling in-flight requests on each keystroke with a 40 ms debounce.", "e+", "system_thinking")
n.b("Caching | 3/5 | cache keyed on prefix hash; never addressed invalidation when the file changes below the cursor.", "e-", "system_thinking", hard="negated")
n.b("Model choice | 3/5 | said a distilled 1B 'should be close enough' to the 7B without saying how she'd check.", "e-", "metrics")
n.b("Rollout | 2/5 | no rollback trigger until I asked; then named acceptance rate and p95 as guards.", "e-", "risk_awareness", hard="mixed")
n.b("Failure modes | 2/5 | generic.", "v-", "risk_awareness")
n.b("Overall 3.6/5 -> H, not SH: rollout thinking needed prompting.", "v0", hard="mixed")
notes.append(n)

n = Note(note_id="w25-n003", candidate_id="w25-c01", interviewer_id="w25-i03", req_id="w25-r1",
         round="behavioural", submitted_at="2025-03-12", recommendation="strong_hire", specificity=1,
         style=["prose", "first_person"], topic="past projects")
n.s("Really enjoyed this one.", "v+")
n.s("We mostly chatted about her last role and a model migration her team went through.", "c")
n.s("Priya is super sharp and clearly knows the code completion space inside out.", "v+", "ml_fundamentals", hard="tech_vague")
n.s("Great ownership mindset, talks about her past projects with a lot of passion.", "v+", "ownership")
n.s("Communication top notch.", "v+", "communication")
n.s("Would love to work with her.", "v+", hard="biased")
n.s("Strong hire from me.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n004", candidate_id="w25-c01", interviewer_id="w25-i04", req_id="w25-r1",
         round="debugging", submitted_at="2025-03-13", recommendation="strong_hire", specificity=5,
         style=["fragments", "first_person"], topic="regression after model swap")
n.s("Debugging round.", "c")
n.s("Scenario: acceptance rate fell from 31% to 26% the day after a completion model swap; she gets dashboards plus a sample of logged requests.", "c")
n.nl()
n.s("00:02 asked whether the drop was across all languages or concentrated somewhere, before opening any chart", "e+", "data_intuition", hard="question")
n.nl()
n.s("00:06 sliced by language and file length, found most of the drop in Python files over ~2k lines", "e+", "data_intuition")
n.nl()
n.s("00:11 hypothesis: new model has a shorter context window so the prefix gets truncated", "e+", "ml_fundamentals")
n.nl()
n.s("00:15 opened the serving config in the repro script, confirmed max_input_tokens went 4096 -> 2048", "e+", "coding")
n.nl()
n.s("00:19 I pointed out the eval suite had the new model ahead on pass@1", "c", hard="interviewer_action")
n.nl()
n.s("00:20 her answer: the suite is short single-function problems, 'the benchmark never sees the failure'", "e+", "metrics")
n.nl()
n.s("00:27 proposed rolling back only long-file traffic with a router on prefix length while the fix ships", "e+", "risk_awareness")
n.nl()
n.s("00:33 wrote a small replay script: 500 logged long-file prompts through both models, compare edit distance to what the user finally typed", "e+", "coding")
n.nl()
n.s("00:41 out of time before she could say how she'd validate that proxy against real acceptance", "c")
n.nl()
n.s("Best debugging session I've run this quarter. SH", "v+", hard="bare_verdict")
notes.append(n)

# c02 Tomas Herrera (he) -- treats offline benchmark as truth, r2
n = Note(note_id="w25-n005", candidate_id="w25-c02", interviewer_id="w25-i02", req_id="w25-r2",
         round="data", submitted_at="2025-04-02", recommendation="no_hire", specificity=5,
         style=["bullets", "headings"], topic="benchmark contamination",
         ratings={"metrics": "no_hire", "data_intuition": "no_hire", "ml_fundamentals": "lean_hire"})
n.h("Eval design round (50 min)")
n.b("Task: decide whether a new completion model should replace prod, given a HumanEval-style suite and 2 weeks of telemetry.", "c")
n.b("Benchmark validity | 1/5 | said pass@1 of 48% vs 41% 'settles it'; did not ask how the suite was built.", "e-", "metrics")
n.b("Contamination | 1/5 | when I mentioned the new model's crawl ended after the suite was on GitHub, he said dedup 'is the data team's job'.", "e-", "data_intuition", "ownership")
n.b("Online metric | 2/5 | proposed acceptance rate only after I asked what users experience; nothing on edits after acceptance.", "e-", "metrics")
n.b("Stats | 3/5 | computed a binomial CI on the pass@1 difference correctly (about ±4 pts at n=164).", "e+", "ml_fundamentals")
n.b("Pushback | 1/5 | I asked twice what would make him distrust the benchmark; both times he repeated it was 'the industry standard'.", "e-", "learning")
n.b("Communication | 3/5 | fine.", "v0", "communication")
n.b("Total 12/30. NH.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n006", candidate_id="w25-c02", interviewer_id="w25-i07", req_id="w25-r2",
         round="system_design", submitted_at="2025-04-03", recommendation="lean_no_hire", specificity=4,
         style=["prose", "third_person"], topic="offline to online eval")
n.s("Tomás was asked to design an offline-to-online evaluation pipeline for a code completion model.", "c", hard="interviewer_action")
n.s("Most of the hour stayed at the pipeline level.", "c")
n.blank()
n.s("He laid out nightly benchmark runs, a results store keyed by model version, and a per-version dashboard.", "e+", "system_thinking")
n.s("Asked how a release decision would be made, he proposed a fixed threshold of +2 points pass@1 on the internal suite and nothing else.", "e-", "metrics")
n.s("He did not raise A/B testing until the interviewer asked how the team would know developers actually benefited.", "e-", "metrics", hard="negated")
n.blank()
n.s("Once an A/B test was on the table, he picked acceptance rate as primary and suggested stratifying by language.", "e+", "metrics", "learning")
n.s("He still kept the offline threshold as a hard gate, arguing that an online test 'just adds noise'.", "e-", "metrics")
n.blank()
n.s("He communicates clearly.", "v+", "communication")
n.s("A capable engineer whose evaluation instincts lean too heavily on the benchmark.", "v0", "metrics", hard="mixed")
n.s("Lean no hire.", "v-", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n007", candidate_id="w25-c02", interviewer_id="w25-i05", req_id="w25-r2",
         round="behavioural", submitted_at="2025-04-03", recommendation="lean_hire", specificity=3,
         style=["prose", "first_person"], topic="past eval work")
n.s("Behavioural interview with Tomás, 45 minutes.", "c")
n.s("He did well to give a structured account of building the evaluation harness for a search ranking team at his previous company.", "e+", "ownership", hard="verdict_plus_evidence")
n.s("He said he wrote the harness himself after the team had been shipping on gut feeling, and that it cut release review from two days to one afternoon.", "e+", "ownership")
n.s("When I asked about a time a metric misled his team, he could not recall one.", "e-", "metrics", hard="negated")
n.s("I probed a second time and he said that in his experience 'the numbers usually tell the truth if you collect enough of them'.", "e-", "metrics")
n.s("He is a very pleasant gentleman and was respectful throughout.", "v+", hard="biased")
n.s("Kudos on his preparation.", "v+")
n.s("I believe he will grow into the role with proper mentorship.", "v+", "learning", hard="hedged")
n.s("Lean hire.", "v+", hard="bare_verdict")
notes.append(n)

n = Note(note_id="w25-n008", candidate_id="w25-c02", interviewer_id="w25-i06", req_id="w25-r2",
         round="coding", submitted_at="2025-04-04", recommendation="lean_no_hire", specificity=3,
         style=["lowercase", "fragments", "abbreviations", "arrows"], topic="pass@k estimator")
n.s("coding w/ tomás, pass@k", "c")
n.nl()
n.s("asked him to write the unbiased pass@k estimator given n samples, c correct", "c", hard="interviewer_action")
n.nl()
n.s("got the formula right, 1 - C(n-c,k)/C(n,k)", "e+", "ml_fundamentals")
n.nl()
n.s("but used raw factorials -> overflowed at n=200, didnt notice till i ran it", "e-", "coding")
n.nl()
n.s("when i said 'try the product form' he rewrote it in ~3 min", "e+", "learning")
n.nl()
n.s("no tests. none", "e-", "coding", hard="negated")
n.nl()
n.s("asked what pass@10 means for a dev who only ever sees 1 suggestion. blank look", "e-", "metrics")
n.nl()
n.s("prob fine on the math side tbh", "v+", "ml_fundamentals", hard="hedged")
n.nl()
n.s("lnh", "v-", hard="bare_verdict")
notes.append(n)

# history
n = Note(note_id="w25-n009", candidate_id="w25-c09", interviewer_id="w25-i01", req_id="w25-r1",
         round="coding", submitted_at="2024-11-19", recommendation="lean_hire", specificity=3,
         style=["bullets", "terse"], topic="repo retrieval")
n.b("Task: given a repo and cursor context, return the top-5 snippets; BM25 over chunks.", "c")
n.b("LGTM on chunking at function boundaries instead of fixed 50-line windows; he used `ast` for the .py files.", "e+", "coding", hard="verdict_plus_evidence")
n.b("nit: tokenizer splits snake_case but not camelCase, so `getUserId` never matched `user`.", "e-", "coding", hard="plain_evidence")
n.b("Didn't run it on the sample repo before calling it done.", "e-", "coding", hard="negated")
n.b("Asked whether vendored dirs like node_modules should be kept out of the index.", "e+", "data_intuition", hard="question")
n.b("Good instincts on retrieval architecture.", "v+", "system_thinking", hard="tech_vague")
n.b("Knows IR well.", "v+", "ml_fundamentals", hard="tech_vague")
n.b("LH.", "v+", hard="bare_verdict")
n.b("Worth checking his testing habits in another round.", "c")
notes.append(n)

n = Note(note_id="w25-n010", candidate_id="w25-c10", interviewer_id="w25-i07", req_id="w25-r2",
         round="fundamentals", submitted_at="2024-12-05", recommendation="hire", specificity=4,
         style=["prose", "third_person"], topic="distillation")
n.s("Hana was interviewed on fundamentals, centred on distilling a 7B completion model into a 1B student.", "c")
n.blank()
n.s("She explained that matching the teacher's full token distribution carries more signal than hard labels, and that a temperature above 1 exposes how the teacher ranks the wrong tokens.", "e+", "ml_fundamentals")
n.s("She asked whether the student would see the same prompt format as production, since the teacher had been fine-tuned on fill-in-the-middle data.", "e+", "data_intuition", hard="question")
n.blank()
n.s("Her latency estimate was loose: she said the student would be 'about 5x faster' without counting the fixed network cost.", "e-", "system_thinking")
n.s("When the interviewer pointed at the network cost, she recomputed and landed on roughly 2x end to end.", "e+", "learning")
n.blank()
n.s("She was less sure how to evaluate the student beyond pass@1 and never mentioned looking at where it disagrees with the teacher.", "e-", "metrics", hard="negated")
n.s("Strong fundamentals overall; hire.", "v+", "ml_fundamentals", hard="bare_verdict")
notes.append(n)

save_notes("data/corpus/raw/w25_notes_part1.jsonl", notes)
