"""Near-duplicate detection on realistic syndication of real articles, over a grid of settings.

The corpus is built, seeded, from the gold article bodies of `<eval_dir>/aeb/ground-truth.json`
(real news and blog text). A quarter of the articles are set aside as "other stories"; each of
the rest is a story published once, plus 0 to 4 republished copies, as another outlet's feed
gives them: a headline line added or rewritten, the last paragraphs cut (at most a quarter of
the words), one to three typos, some quotes swapped between curly and straight, paragraphs
re-wrapped, and one or two lines of site boilerplate ("Advertisement", "Sign up for ...",
"Read more: ..."). A copy belongs to its story's cluster.

What must stay apart: about a third of the stories also get a *different* story on the same
event, which opens with the story's own first paragraph (or its first sentence, or its headline
and first sentence: same named entities, same lede) and goes on with the text of an article set
aside, so it shares the names and the opening but not the story. It is a cluster of its own,
sometimes with copies of its own. The gold set also holds real pairs of articles about one
event from different outlets (a Home Depot earnings report in Fox Business and Barron's, the
Doobie Brothers reunion in Billboard and Rolling Stone): each its own cluster.

For each setting the stage runs end to end (sketch, fit, apply) and the predicted clusters
(`dup_cluster`) are scored against the truth: pairwise precision, recall and F1 over pairs of
documents put together, and the adjusted Rand index (computed here with numpy). Three seeds are
generated and their scores averaged; times are per 1,000 documents on this machine.
"""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import numpy as np

from curate.corpus.dedup import NearDuplicateRemover, jaccard
from curate.document import Document

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
NGRAMS = (3, 4, 5, 6, 7)
NUM_PERMS = (64, 128, 256)
RECALL_WEIGHTS = (0.5, 0.8)  # datasketch's default weighting, and ours
SEEDS = (0, 1, 2)
SET_ASIDE = 0.25  # share of the gold articles kept as text for the look-alike stories
SHARED = 0.35  # a follow-up story repeats at most this share of the first story's words
MAX_CUT = 0.25  # a republished copy loses at most this share of its words at the end
COPIES = (0, 1, 2, 3, 4)
COPY_WEIGHTS = (35, 25, 20, 12, 8)

# lines that syndication feeds and site templates add between paragraphs
BOILERPLATE = (
    "Advertisement",
    "ADVERTISEMENT",
    "Sign up for our daily newsletter to get the latest headlines in your inbox.",
    "Follow us on Twitter and Facebook for the latest updates.",
    "Copyright 2019 The Associated Press. All rights reserved.",
    "This story has been updated with additional information.",
    "Story continues below",
    "Click here to get the app.",
    "This article originally appeared on {site}.",
    "Read more: {headline}",
    "RELATED: {headline}",
)
SITES = ("The Daily Wire Desk", "MSN", "Yahoo News", "NewsBreak", "Flipboard", "AOL")
KEYBOARD = dict(zip("aeioustnrl", "sdrpiayhmek", strict=False))


def run(eval_dir: Path) -> str:
    gold_path = Path(eval_dir) / "aeb" / "ground-truth.json"
    if not gold_path.is_file():
        return f"skipped: {gold_path} not found"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    corpora = [syndicated(gold, seed) for seed in SEEDS]
    sizes = [len(docs) for docs, _ in corpora]
    lines = [
        f"{len(gold)} gold articles -> {len(SEEDS)} seeded corpora of {sizes} documents "
        f"({sum(len(set(t.values())) for _, t in corpora)} true clusters in all)",
        "",
        f"{'threshold':>9} {'ngram':>5} {'perm':>4} {'weight':>6} {'bands':>6} | {'precision':>9} "
        f"{'recall':>6} {'F1':>6} {'ARI':>6} | {'sketch ms/1k':>12} {'fit ms/1k':>9}",
    ]
    results = []
    for ngram in NGRAMS:
        for num_perm in NUM_PERMS:
            sketched = []
            sketch_seconds = 0.0
            stage = NearDuplicateRemover(ngram=ngram, num_perm=num_perm)
            for docs, _ in corpora:
                started = time.perf_counter()
                sketched.append([(d.seq, d.id, stage.sketch(d)) for d in docs])
                sketch_seconds += time.perf_counter() - started
            for threshold in THRESHOLDS:
                for weight in RECALL_WEIGHTS:
                    stage = NearDuplicateRemover(
                        threshold=threshold, ngram=ngram, num_perm=num_perm, recall_weight=weight
                    )
                    scores = []
                    fit_seconds = 0.0
                    for (docs, truth), sketches in zip(corpora, sketched, strict=True):
                        started = time.perf_counter()
                        state = stage.fit(sketches)
                        fit_seconds += time.perf_counter() - started
                        scores.append(pair_scores(truth, _clusters(stage, state, docs)))
                    precision, recall, f1, ari = np.mean(scores, axis=0)
                    per_1k = 1e6 / sum(sizes)  # seconds in all -> ms per 1,000 documents
                    results.append(
                        (
                            threshold,
                            ngram,
                            num_perm,
                            weight,
                            precision,
                            recall,
                            f1,
                            ari,
                            sketch_seconds * per_1k,
                            fit_seconds * per_1k,
                        )
                    )
                    b, r = stage.bands
                    lines.append(
                        f"{threshold:>9} {ngram:>5} {num_perm:>4} {weight:>6} {f'{b}x{r}':>6} | "
                        f"{precision:>9.4f} {recall:>6.4f} {f1:>6.4f} {ari:>6.4f} | "
                        f"{results[-1][8]:>12.0f} {results[-1][9]:>9.0f}"
                    )
    best = max(r[6] for r in results)
    # fast: the fewest permutations among settings within 0.002 of the best F1; then the
    # threshold furthest from both ends of the measured gap between copies and other stories
    near_best = [r for r in results if r[6] >= best - 0.002]
    chosen = min(near_best, key=lambda r: (r[2], -r[6], -r[7], -r[0], r[1]))
    defaults = NearDuplicateRemover()
    current = next(
        r
        for r in results
        if r[:4] == (defaults.threshold, defaults.ngram, defaults.num_perm, defaults.recall_weight)
    )
    lines += [
        "",
        f"best F1 {best:.4f}; fewest permutations within 0.002 of it: threshold {chosen[0]}, "
        f"ngram {chosen[1]}, num_perm {chosen[2]}, recall_weight {chosen[3]} "
        f"(F1 {chosen[6]:.4f}, ARI {chosen[7]:.4f})",
        f"stage defaults (threshold {defaults.threshold}, ngram {defaults.ngram}, num_perm "
        f"{defaults.num_perm}, recall_weight {defaults.recall_weight}): precision "
        f"{current[4]:.4f}, recall {current[5]:.4f}, F1 {current[6]:.4f}, ARI {current[7]:.4f}; "
        f"{current[8] + current[9]:.0f} ms per 1,000 documents (sketch + fit, one process)",
        "",
        "true Jaccard at the defaults' ngram: " + _gaps(corpora, defaults),
    ]
    return "\n".join(lines)


def _clusters(stage: NearDuplicateRemover, state, docs: list[Document]) -> dict[str, str]:
    predicted = {}
    for doc in docs:
        decision = stage.decision_for(state, doc.seq)
        predicted[doc.id] = decision.cluster if decision else doc.id
    return predicted


def _gaps(corpora, stage: NearDuplicateRemover) -> str:
    """Percentiles of the real Jaccard of same-story pairs and of story / look-alike pairs."""
    same, apart = [], []
    for docs, truth in corpora:
        sets = {d.id: stage.sketch(d).shingles for d in docs}
        members: dict[int, list[str]] = {}
        for doc in docs:
            members.setdefault(truth[doc.id], []).append(doc.id)
        for cluster, ids in members.items():
            same += [jaccard(sets[a], sets[b]) for i, a in enumerate(ids) for b in ids[i + 1 :]]
            # a look-alike's cluster follows its story's (when the story has one)
            apart += [jaccard(sets[a], sets[b]) for a in ids for b in members.get(cluster + 1, [])]
    same_p = np.percentile(same, [0, 1, 5, 50]).round(3).tolist()
    apart_p = np.percentile(apart, [50, 99, 100]).round(3).tolist()
    return f"same story min/p1/p5/median {same_p}; neighbouring stories median/p99/max {apart_p}"


# Scores ------------------------------------------------------------------------------------------


def pair_scores(truth: dict[str, int], predicted: dict[str, str]) -> tuple[float, ...]:
    """Pairwise precision, recall, F1 and adjusted Rand index of two clusterings of one set."""
    ids = sorted(truth)
    _, true_labels = np.unique([truth[i] for i in ids], return_inverse=True)
    _, pred_labels = np.unique([predicted[i] for i in ids], return_inverse=True)
    table = np.zeros((true_labels.max() + 1, pred_labels.max() + 1), dtype=np.int64)
    np.add.at(table, (true_labels, pred_labels), 1)
    together = _pairs(table).sum()
    true_pairs = _pairs(table.sum(axis=1)).sum()
    pred_pairs = _pairs(table.sum(axis=0)).sum()
    precision = together / pred_pairs if pred_pairs else 1.0
    recall = together / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    expected = true_pairs * pred_pairs / _pairs(np.array(len(ids)))
    top = (true_pairs + pred_pairs) / 2
    ari = (together - expected) / (top - expected) if top != expected else 1.0
    return float(precision), float(recall), float(f1), float(ari)


def _pairs(counts: np.ndarray) -> np.ndarray:
    return counts * (counts - 1) // 2


# The corpus --------------------------------------------------------------------------------------


def syndicated(gold: dict[str, dict[str, str]], seed: int) -> tuple[list[Document], dict[str, int]]:
    """Documents (shuffled, `seq` in the new order) and the truth `{id: cluster}`."""
    rng = random.Random(seed)
    bodies = [_clean(gold[key]["articleBody"]) for key in sorted(gold)]
    bodies = [b for b in bodies if len(b.split()) >= 40]
    rng.shuffle(bodies)
    aside = int(len(bodies) * SET_ASIDE)
    others, stories = bodies[:aside], bodies[aside:]
    made: list[tuple[str, int]] = []
    cluster = 0
    for body in stories:
        made.append((body, cluster))
        for _ in range(rng.choices(COPIES, weights=COPY_WEIGHTS)[0]):
            made.append((republish(body, rng, stories), cluster))
        cluster += 1
        if others and rng.random() < 0.35:
            look_alike = same_event(body, others.pop(), rng)
            made.append((look_alike, cluster))
            for _ in range(rng.choices(COPIES[:3], weights=COPY_WEIGHTS[:3])[0]):
                made.append((republish(look_alike, rng, stories), cluster))
            cluster += 1
    rng.shuffle(made)
    docs = [Document(f"doc{seq:05d}", text, seq=seq) for seq, (text, _) in enumerate(made)]
    return docs, {doc.id: c for doc, (_, c) in zip(docs, made, strict=True)}


def republish(body: str, rng: random.Random, stories: list[str]) -> str:
    """Another outlet's copy of `body`."""
    paragraphs = body.split("\n\n")
    words = len(body.split())
    cut = 0
    # the last paragraphs cut, never more than MAX_CUT of the words
    while len(paragraphs) > 2 and rng.random() < 0.55:
        last = len(paragraphs[-1].split())
        if cut + last > MAX_CUT * words:
            break
        cut += last
        paragraphs.pop()
    for _ in range(rng.choice((1, 1, 2))) if rng.random() < 0.7 else ():
        line = rng.choice(BOILERPLATE)
        line = line.replace("{site}", rng.choice(SITES))
        line = line.replace("{headline}", _headline(rng.choice(stories), rng))
        paragraphs.insert(rng.randint(1, len(paragraphs)), line)
    if rng.random() < 0.4:
        paragraphs.insert(0, _headline(body, rng))
    joiner = "\n\n" if rng.random() < 0.7 else "\n"
    text = joiner.join(paragraphs)
    for _ in range(rng.randint(1, 3)):
        text = _typo(text, rng)
    if rng.random() < 0.5:
        text = _swap_quotes(text, rng)
    return text


def same_event(body: str, other: str, rng: random.Random) -> str:
    """A different story on the event of `body`: some of its text, then another article's.

    It opens with the story's lede, its first sentence, or a headline and the first sentence;
    a follow-up also repeats the story's background (its last paragraphs), up to SHARED of the
    story's words. The rest is the text of `other`.
    """
    paragraphs = body.split("\n\n")
    lede = paragraphs[0]
    first_sentence = re.split(r"(?<=[.!?])\s+", lede)[0]
    rest = other.split("\n\n")
    rest = rest[1:] if len(rest) > 1 else rest
    roll = rng.random()
    if roll < 0.3:
        return "\n\n".join([lede, *rest])
    if roll < 0.5:
        return "\n\n".join([first_sentence, *rest])
    if roll < 0.65:
        return "\n\n".join([_headline(body, rng), first_sentence, *rest])
    # a follow-up: the lede, new text, then the background paragraphs again
    budget = min(SHARED * len(body.split()), 0.5 * len(other.split()))
    shared = len(first_sentence.split())
    background: list[str] = []
    for paragraph in reversed(paragraphs[1:]):
        size = len(paragraph.split())
        if shared + size > budget:
            break
        shared += size
        background.insert(0, paragraph)
    return "\n\n".join([first_sentence, *rest, *background])


def _clean(text: str) -> str:
    paragraphs = [" ".join(p.split()) for p in text.split("\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _headline(body: str, rng: random.Random) -> str:
    """A headline written from the lede: its first words, title-cased."""
    words = body.split()[: rng.randint(6, 11)]
    return " ".join(w[:1].upper() + w[1:] for w in words).rstrip(".,;:")


def _typo(text: str, rng: random.Random) -> str:
    words = list(re.finditer(r"[A-Za-z]{5,}", text))
    if not words:
        return text
    word = rng.choice(words)
    value = word.group(0)
    at = rng.randrange(1, len(value) - 2)
    kind = rng.randrange(4)
    if kind == 0:
        wrong = value[:at] + value[at + 1] + value[at] + value[at + 2 :]
    elif kind == 1:
        wrong = value[:at] + value[at + 1 :]
    elif kind == 2:
        wrong = value[:at] + value[at] + value[at:]
    else:
        wrong = value[:at] + KEYBOARD.get(value[at], "e") + value[at + 1 :]
    return text[: word.start()] + wrong + text[word.end() :]


def _swap_quotes(text: str, rng: random.Random) -> str:
    swaps = (("\u2019", "'"), ("'", "\u2019"), ("\u201c", '"'), ("\u201d", '"'), ('"', "\u201c"))
    chars = list(text)
    for old, new in swaps:
        positions = [i for i, c in enumerate(chars) if c == old]
        for i in rng.sample(positions, min(len(positions), rng.randint(0, 4))):
            chars[i] = new
    return "".join(chars)
