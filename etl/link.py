"""Mentions → commitments: a later article's follow-up joins the promise it reports on.

Mentions are replayed in publication order. Each one is compared with the commitments seen so
far: the same body (or its predecessor or successor), shared key terms, the target's object and
unit, the same number, the same speaker and the same deadline each add to a score, and another
category takes from it (a sentence's category is a guess from its words, so it does not forbid).
A restatement or a follow-up joins the best candidate above the threshold; a mention that matches
nothing starts a new commitment. Every link keeps its reasons and score, and a runner-up within a
small margin is kept as a candidate for review rather than silently merged.

A commitment's id is derived from its first mention (the article's content hash and the
sentence's position), so rebuilding the same inputs, or adding later articles, keeps every id.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable, Iterable, Iterator, NamedTuple

from .model import Mention
from .extract import DESIGNATOR_WORD, LATE_DEED, MEASURED_AGAINST, SHORTFALL_WORDS, UNCHANGED, number_key
from .quantities import same_unit_family, unit_family

JOIN_THRESHOLD = {"new": 0.45, "follow_up": 0.45}
REVIEW_MARGIN = 0.08
# A commitment of another category is still a candidate (a follow-up's sentence may carry no topic
# word of its own and take its article's), at this cost to the score.
OTHER_CATEGORY = 0.3
# A commitment named with another number of the same kind (`5세` for a mention's `4세`) is another
# promise; this outweighs the words they share.
NAMED_OTHERWISE = 0.4
# A promise from another article that counts a thing (`가입비 3만 건`) which neither the thing a commitment
# counts nor any of its words name is another promise, whatever words around it they share (`지원`, `절반`)
UNNAMED_THING = 0.2
# Two bodies each named as the one whose promise it is, in their own sentences, of no common lineage
OTHER_BODY = 0.15
# what may follow a body's name in the same word (`국토부는`, `금융위와의`, `국토부장관`)
_PARTICLE_AFTER_BODY = "(?:장관|차관|청장|위원장|처장|측)?(?:은|는|이|가|을|를|의|에|와|과|도|로|으로|에서|만|께서|와의|과의|에서도)?(?![가-힣])"
# what a count is of that names no thing (`지원 대상을 5만 명으로`): no other thing than a promise with none
_UNNAMING = {"대상", "인원", "수", "규모", "물량", "비율", "사업", "예산", "금액", "수준", "목표", "범위"}


@dataclass(slots=True)
class Commitment:
    """A promise as linking builds it up; compact (slots, tuples), as a large archive holds a great many."""

    commitment_id: str
    ministry: str | None
    person: str | None
    category: str
    summary: str
    object: str | None
    target_value: float | None
    target_unit: str | None
    deadline: date | None
    deadline_text: str | None
    deadline_precision: str | None
    previous_deadline: date | None
    announced_at: date | None
    first_mention_id: str
    source_sentence: str
    # Tuples, not sets: a commitment has a few of each, and a set of one costs four times a tuple.
    keywords: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()  # its first REMEMBERED targets, 'value|family'
    deadlines: tuple[date, ...] = ()  # its first REMEMBERED deadlines (and the old ones its mentions named)
    lineage: frozenset[str] = frozenset()
    # What each mention that joined it said, in order; None when linking does not keep it
    # (`link_batches`: the build judges the status from the database).
    mentions: list[Said] | None = field(default_factory=list)
    recent_articles: tuple[str | None, ...] = ()  # of its last HEADLINE_LOOKBACK mentions
    progress_value: float | None = None
    # whether its first sentence named its body (`공정위는 …`): worked out once, when linking first asks
    names_its_body: bool | None = None


class Said(NamedTuple):
    """What a commitment keeps of each mention that joined it: enough to judge its status and to
    recognise a headline over its own article. Not the mention itself: a large archive has
    millions, and their sentences, terms and numbers have done their work once linked."""

    published_at: datetime | None
    kind: str
    mention_id: str
    deadline: date | None
    article_id: str | None = None


@dataclass(frozen=True)
class Link:
    mention_id: str
    commitment_id: str
    score: float
    reasons: str
    chosen: bool


@dataclass(frozen=True)
class Revision:
    commitment_id: str
    mention_id: str
    changed_at: date | None
    target_value: float | None
    target_unit: str | None
    deadline: date | None
    previous_deadline: date | None
    deadline_text: str | None


def commitment_id_for(mention: Mention) -> str:
    return "c" + hashlib.sha256(mention.mention_id.encode("utf-8")).hexdigest()[:11]


def _mention_date(m: Mention) -> date | None:
    return m.published_at.date() if m.published_at is not None else None


def order(mentions: Iterable[Mention]) -> list[Mention]:
    """Publication order; undated articles last; ties by article and position (deterministic)."""
    return sorted(mentions, key=order_key)


def order_key(m: Mention):
    # Body before headline: a headline compresses ("2년 내"), the body says it in full.
    return (m.published_at is None, m.published_at or datetime.min, m.article_id, m.in_title, m.sentence_start)


def term_counts(mentions: list[Mention]) -> tuple[dict[str, int], int]:
    """In how many of the mentions each key term occurs, and how many mentions there are; a measured
    figure's words do not count (most are statistics no promise takes, etl.build's _WEIGHED)."""
    counts: dict[str, int] = {}
    total = 0
    for m in mentions:
        if m.strength == "measured":
            continue
        total += 1
        for word in set(m.keywords):
            counts[word] = counts.get(word, 0) + 1
    return counts, total


def keyword_weights(counts: dict[str, int], total: int) -> dict[str, float]:
    """Inverse document frequency over the mentions: `GPU` or `확보` say little in a GPU corpus."""
    total = max(1, total)
    return {word: math.log((1 + total) / (1 + n)) + 0.1 for word, n in counts.items()}


# A word in this many of an article's earlier mentions is its topic (see _score).
TOPIC_MENTIONS = 2
# A headline joins a commitment that one of its last this many mentions reported in the same article.
HEADLINE_LOOKBACK = 5
# Terms carried by more than this share of all mentions do not, alone, make a candidate.
COMMON_TERM_SHARE = 0.1
# Per shared term, number or date, only the commitments most recently reported on are compared.
RECENT_PER_KEY = 25
# Of those, only the ones sharing the most keys are scored: a promise that shares one common
# term with a mention rarely beats one that shares its term, number and deadline.
MAX_CANDIDATES = 32
# At most this many commitments stay within reach of later mentions. A commitment filed under a
# key no later mention carries (a rare word, an odd number) would otherwise stay reachable for
# ever, and linking would hold every commitment of the archive (measured: all but 9 of 8,654 on
# 3,000 articles). Past it, the least recently reported are let go (`LET_GO_TO`: down to 90 %, so
# that one sweep of the index lets go of many): a promise that 45,000 to 50,000 others still
# within reach were reported on since it was last heard of is taken as dead, and a later mention
# of it starts a new commitment.
MAX_LIVE_COMMITMENTS = 50_000
LET_GO_TO = 0.9
# A promise has few targets and deadlines in its life: the first, and a revision or two. A chain
# that has gathered more has swallowed other promises' figures; were it to go on collecting them,
# any sentence naming one would score as recalling it ("이전 목표치 언급"), and it would pull in
# more (measured on the 100,000-article benchmark: one chain with 9,885 targets and 1,200
# deadlines, and half of all mentions in chains of more than this many), while every comparison
# with it scans them all. So a commitment keeps the first this many of each and no more.
REMEMBERED = 8


class _Candidates:
    """Which commitments a mention could join, without scoring every commitment of its field.

    A commitment is a candidate when it shares with the mention a term that is not common, a
    number, a deadline (or the deadline the mention says was the old one), or the article; and
    per shared key only the most recently reported commitments are compared, and of all those only
    the MAX_CANDIDATES sharing the most (weighted) keys are scored, and only the
    MAX_LIVE_COMMITMENTS reported last are held at all. Linking therefore stays linear in the
    corpus and its memory bounded; the cost is that a promise silent for a long time is found again
    through its number or deadline rather than its words, and one silent for very long not at all.
    """

    def __init__(self, weights: dict[str, float], total: int, categories: Iterable[str] = ()):
        self.categories = tuple(categories)  # whose buckets a mention looks in besides its own category's
        self.floor = math.log((1 + total) / (1 + COMMON_TERM_SHARE * total)) + 0.1
        self.weights = weights
        self.index: dict[tuple, list[Commitment]] = {}  # per key, the most recently reported last
        self.only: set | None = None  # when set, the only keys anyone will ask about
        # commitment id → how many buckets hold it, the least recently reported first
        self.holders: OrderedDict[str, int] = OrderedDict()
        self.unreachable: list[Commitment] = []  # held by no bucket: no later mention can find them

    def keys_of(self, m: Mention) -> list:
        """The keys `for_mention(m)` looks up: its category's, then its numbers and days in every
        other category (words shared across categories found nothing more in the evaluation, and
        cost most of the lookups)."""
        days = (m.deadline, m.previous_deadline)
        keys = self._keys(m.category, m.keywords, m.numbers, days, m.article_id)
        for category in self.categories:
            if category != m.category:
                keys += self._keys(category, (), m.numbers, days, None)
        return keys

    def _keys(self, category: str, words, numbers, days, article_id: str | None):
        keys = [(category, "w", w) for w in words if self.weights.get(w, 99.0) >= self.floor]
        keys += [(category, "n", n) for n in numbers]
        keys += [(category, "d", d) for d in days if d]
        if article_id:
            keys.append(("a", article_id))
        return keys

    def _evidence(self, key) -> float:
        """Roughly what sharing this key adds to a score (see _score)."""
        if key[0] == "a":
            return 0.15
        kind = key[1]
        if kind == "w":
            return 0.06 * self.weights.get(key[2], 1.0)
        return 0.35 if kind == "n" else 0.2

    def add(self, c: Commitment, mention: Mention) -> None:
        """File `c` as just reported under the keys this mention gave it.

        Its other keys keep their place: what decides recency in a bucket is the last mention
        that carried that key, and a long chain is not re-filed under all its keys at every join.
        """
        days = (mention.deadline, mention.previous_deadline)
        numbers = set(mention.numbers)
        numbers.add(_own_number(mention))  # a target read without a quantity (a rank) is not in `numbers`
        keys = self._keys(
            c.category, [w for w in mention.keywords if w in c.keywords], [n for n in numbers if n in c.numbers],
            [d for d in days if d and d in c.deadlines], mention.article_id)
        if self.only is not None:
            keys = [key for key in keys if key in self.only]
        cid = c.commitment_id
        for key in keys:
            bucket = self.index.get(key)
            if bucket is None:
                bucket = self.index[key] = []
            for i, filed in enumerate(bucket):
                if filed is c:
                    del bucket[i]
                    break
            else:
                self.holders[cid] = self.holders.get(cid, 0) + 1
            bucket.append(c)
            if len(bucket) > RECENT_PER_KEY:
                # for_mention never looks further back than this: the oldest has left the bucket.
                self._leave(bucket.pop(0))
        if cid in self.holders:
            self.holders.move_to_end(cid)
            if len(self.holders) > MAX_LIVE_COMMITMENTS:
                self._let_go(len(self.holders) - int(MAX_LIVE_COMMITMENTS * LET_GO_TO))

    def end_article(self, article_id: str) -> None:
        """Drop the article's own bucket once its mentions are linked: its mentions are consecutive
        in publication order, so no later mention looks it up."""
        for c in self.index.pop(("a", article_id), ()):
            self._leave(c)

    def load(self, index: dict[tuple, list[Commitment]]) -> None:
        """Take over an index worked out elsewhere (each bucket least recent first)."""
        self.index = index
        for bucket in index.values():
            for c in bucket:
                self.holders[c.commitment_id] = self.holders.get(c.commitment_id, 0) + 1

    def _leave(self, c: Commitment) -> None:
        held = self.holders[c.commitment_id]
        if held > 1:
            self.holders[c.commitment_id] = held - 1
        else:
            del self.holders[c.commitment_id]
            self.unreachable.append(c)

    def _let_go(self, n: int) -> None:
        """Take the `n` least recently reported commitments out of every bucket: no later
        mention can find them."""
        gone = list(itertools.islice(self.holders, n))
        leaving = set(gone)
        for cid in gone:
            del self.holders[cid]
        found: dict[str, Commitment] = {}
        emptied = []
        for key, bucket in self.index.items():
            kept = [c for c in bucket if c.commitment_id not in leaving]
            if len(kept) < len(bucket):
                found.update((c.commitment_id, c) for c in bucket if c.commitment_id in leaving)
                if kept:
                    bucket[:] = kept
                else:
                    emptied.append(key)
        for key in emptied:
            del self.index[key]
        self.unreachable.extend(found[cid] for cid in gone)

    def for_mention(self, m: Mention) -> list[Commitment]:
        hits: dict[str, float] = {}
        found: dict[str, Commitment] = {}
        keys = self.keys_of(m)
        evidence = {key: self._evidence(key) for key in keys}
        # Strongest keys first (the number, the deadline, the rarest terms); once twice as many
        # commitments as will be scored are found, weaker keys would only add weaker ones.
        for key in sorted(keys, key=evidence.__getitem__, reverse=True):
            if len(found) >= 2 * MAX_CANDIDATES:
                break
            bucket = self.index.get(key)
            if bucket:
                weight = evidence[key]
                for c in itertools.islice(reversed(bucket), RECENT_PER_KEY):
                    cid = c.commitment_id
                    hits[cid] = hits.get(cid, 0.0) + weight
                    found[cid] = c
        if len(found) > MAX_CANDIDATES:
            # The ones sharing the most keys; sorted() is stable, so ties keep key order.
            return [found[cid] for cid in sorted(found, key=hits.__getitem__, reverse=True)[:MAX_CANDIDATES]]
        return list(found.values())


def link(mentions: Iterable[Mention], reference) -> tuple[list[Commitment], list[Link], list[Revision]]:
    """Every mention, in publication order, joins the best earlier commitment or starts one."""
    mentions = order(mentions)
    linker = _Linker(mentions, reference)
    for mention in mentions:
        linker.offer(mention)
    return linker.result()


class Linked(NamedTuple):
    """What `link_batches` has settled after a batch."""

    mentions: list[Mention]  # the batch, each with its commitment (None: context) and kind as read
    links: list[Link]  # the batch's links
    commitments: list[Commitment]  # those no later mention can join any more
    revisions: list[Revision]  # theirs


def link_batches(
    batches: Iterable[list[Mention]], terms: tuple[dict[str, int], int], reference
) -> Iterator[Linked]:
    """`link()` over mentions read a batch at a time, for an archive too large to hold at once.

    The batches come in publication order (`order_key`); `terms` are the term counts of all of
    them (`term_counts`). A commitment that has left every bucket of the candidate index can
    never be found again, so it is handed out as soon as that happens, and only the commitments
    still within reach are held (at most MAX_LIVE_COMMITMENTS): memory follows how many promises
    are live, not the archive.
    After the last batch, every commitment left comes out. The same commitments, links and
    revisions as `link()`, handed out in another order, but no commitment holds its `Said`s:
    what the mentions say of its status is in the batches, for the caller to keep.
    """
    linker = _Linker([], reference, terms, keep_said=False)
    for batch in batches:
        for mention in batch:
            linker.offer(mention)
        commitments, revisions = linker.settled()
        yield Linked(batch, linker.links, commitments, revisions)
        linker.links = []
    commitments, links, revisions = linker.result()
    yield Linked([], links, commitments, revisions)


def link_new(
    mentions: Iterable[Mention], new_ids: set[str], reference
) -> tuple[list[Commitment], list[Link], list[Revision]]:
    """Link only the mentions in `new_ids`, which all come after the others in publication order.

    An incremental build: the stored mentions keep their commitments, which are rebuilt from
    their own mentions in order without scoring anything, and the new mentions are then offered
    to them exactly as `link()` would offer them after reading the stored ones. The one
    difference from linking everything again is that term weights (IDF) were those of the
    smaller corpus when the stored mentions were linked. Only the new links are returned; the
    stored ones still hold. Articles older than what is stored need `link()` over everything
    (see `comes_after`). The build computes the same with `link_onto`, without loading the stored
    mentions; this is what the tests hold it to.
    """
    mentions = order(mentions)
    linker = _Linker(mentions, reference)
    stored: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.mention_id not in new_ids and mention.commitment_id is not None:
            stored.setdefault(mention.commitment_id, []).append(mention)
    for commitment_id, own in stored.items():
        linker.rebuild(commitment_id, own)
    # Only the new mentions will look commitments up, so only their keys need filing.
    linker.index_for(mentions, {key for m in mentions if m.mention_id in new_ids for key in linker.candidates.keys_of(m)})
    for mention in mentions:
        if mention.mention_id in new_ids:
            linker.offer(mention)
    return linker.result()


def lookup_keys(new: list[Mention], terms: tuple[dict[str, int], int], reference) -> set[tuple]:
    """The index keys the new mentions will look commitments up by (`terms`: see `term_counts`)."""
    counts, total = terms
    candidates = _Candidates(keyword_weights(counts, total), total, reference.topic_codes())
    return {key for m in new for key in candidates.keys_of(m)}


def link_onto(
    stored: dict[str, Commitment], recent: dict[tuple, list[str]], new: list[Mention],
    terms: tuple[dict[str, int], int], reference,
) -> tuple[list[Commitment], list[Link], list[Revision]]:
    """`link_new` from what the new mentions can see of the stored commitments, not their mentions.

    A new mention compares itself only with the RECENT_PER_KEY commitments filed last under each
    of its keys, and a stored commitment moves up in a bucket only when a new mention joins it, which
    it must find first. So all the new mentions can find is, per key they look up, the stored
    commitments `recent[key]` (ids, least recent first) as `index_for` files them; and of those
    only the state their mentions left them (`stored`: the row's fields, keywords, numbers,
    deadlines and lineage; their `mentions` share no article with a new one). `terms` are the
    term counts of the whole corpus. Returns every commitment (`stored` in its order, then the
    new ones), the new links, and the revisions the new mentions made. The incremental build
    computes `stored` and `recent` in the database (etl.build._link_onto_stored); tests hold the
    result equal to `link_new`'s.
    """
    linker = _Linker(new, reference, terms)
    linker.candidates.load({key: [stored[cid] for cid in ids] for key, ids in recent.items()})
    for mention in order(new):
        linker.offer(mention)
    revisions = [r for made in linker.revisions.values() for r in made]
    return list(stored.values()) + list(linker.by_id.values()), linker.links, revisions


def comes_after(mentions: Iterable[Mention], new_ids: set[str]) -> bool:
    """Whether every new mention comes after every stored one in publication order."""
    latest_stored = earliest_new = None
    for m in mentions:
        key = order_key(m)
        if m.mention_id in new_ids:
            earliest_new = key if earliest_new is None or key < earliest_new else earliest_new
        elif latest_stored is None or key > latest_stored:
            latest_stored = key
    return latest_stored is None or earliest_new is None or earliest_new > latest_stored


class _Linker:
    """The state of linking: commitments so far, the candidate index, links and revisions."""

    def __init__(self, mentions: list[Mention], reference, terms: tuple[dict[str, int], int] | None = None,
                 keep_said: bool = True):
        """`terms`: the term counts of the whole corpus (`term_counts`) when `mentions` is a part of it;
        `keep_said`: whether commitments keep what each of their mentions said (Commitment.mentions)."""
        self.keep_said = keep_said
        self.reference = reference
        counts, total = terms or term_counts(mentions)
        self.weights = keyword_weights(counts, total)
        self.candidates = _Candidates(self.weights, total, reference.topic_codes())
        self.lineages: dict[str, frozenset[str]] = {}
        self.body_patterns: dict[str, re.Pattern[str]] = {}  # each body's names, as words of their own
        self.by_id: dict[str, Commitment] = {}
        self.links: list[Link] = []
        self.revisions: dict[str, list[Revision]] = {}
        self.article: str | None = None  # of the mention offered last
        self.article_words: dict[str, int] = {}  # in how many of its mentions so far each word is

    def lineage(self, mention: Mention) -> frozenset[str]:
        if not mention.ministry:
            return frozenset()
        found = self.lineages.get(mention.ministry)
        if found is None:
            found = self.lineages[mention.ministry] = frozenset(self.reference.lineage(mention.ministry))
        return found

    def _names(self, sentence: str, ministry: str | None) -> bool:
        """Whether `sentence` names `ministry` or a body of its lineage (by a name, short name or alias) as a
        word of its own (`통계청은`, `국토부 장관`; not `기후부문`, `해양경찰청`, `MOEF` for `MOE`)."""
        if not ministry:
            return False
        pattern = self.body_patterns.get(ministry)
        if pattern is None:
            bodies = [self.reference.ministry(name) for name in self.reference.lineage(ministry) or (ministry,)]
            forms = {form for body in bodies if body for form in body.forms} | {ministry}
            words = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            pattern = self.body_patterns[ministry] = re.compile(
                rf"(?<![가-힣A-Za-z])(?:{words})(?![A-Za-z])(?={_PARTICLE_AFTER_BODY})")
        return pattern.search(sentence) is not None

    def other_body(self, mention: Mention, c: Commitment) -> bool:
        """Whether `c` is another body's work than the one `mention`'s sentence names: its own sentence
        named its body, which `mention`'s does not name (`산업부에서 … 넘겨받은 기후부는`), and neither
        body handed part of its work to the other (산업통상자원부's energy work went to 기후에너지환경부)."""
        if c.names_its_body is None:
            c.names_its_body = self._names(c.source_sentence, c.ministry)
        if not c.names_its_body or self._names(mention.sentence, c.ministry):
            return False
        ours = self.lineage(mention)
        return not any(not ours.isdisjoint(self._parts_to(name)) for name in c.lineage) and not any(
            not c.lineage.isdisjoint(self._parts_to(name)) for name in ours)

    def _parts_to(self, name: str) -> tuple[str, ...]:
        found = self.reference.ministry(name)
        return found.part_to if found else ()

    def offer(self, mention: Mention) -> Commitment | None:
        """Join `mention` to its best candidate or start a commitment with it (None: context)."""
        if mention.article_id != self.article:
            if self.article is not None:
                self.candidates.end_article(self.article)
            self.article = mention.article_id
            self.article_words = {}
        lineage = self.lineage(mention)
        topic = frozenset(w for w, n in self.article_words.items() if n >= TOPIC_MENTIONS)
        probe = _Probe.of(mention, lineage, topic, self.other_body if self._names(mention.sentence, mention.ministry) else None)
        if mention.strength != "measured":  # (a statistic beside the promises is not what the article is about)
            for word in set(mention.keywords):
                self.article_words[word] = self.article_words.get(word, 0) + 1
        weights = self.weights
        scored = []
        for candidate in self.candidates.for_mention(mention):
            score, _ = _score(mention, probe, candidate, weights)
            if score > 0:
                scored.append((score, candidate.commitment_id, candidate))
        if mention.strength == "measured":
            scored = [s for s in scored if _measures(mention, s[2])]
        scored.sort(key=lambda s: (-s[0], s[1]))
        # Reasons in words only for what is kept: the chosen link and close runners-up.
        scored = [(sc, cid, c, _score(mention, probe, c, weights, explain=True)[1]) for sc, cid, c in scored[:3]]
        threshold = JOIN_THRESHOLD["new" if mention.kind == "new" else "follow_up"]
        if scored and scored[0][0] >= threshold:
            score, _, chosen, reasons = scored[0]
            _restated(chosen, mention)
            made: list[Revision] = []
            _join(chosen, mention, made)
            if made:
                self.revisions.setdefault(chosen.commitment_id, []).extend(made)
            self.candidates.add(chosen, mention)
            self.links.append(Link(mention.mention_id, chosen.commitment_id, round(score, 3), reasons, True))
            for other_score, _, other, other_reasons in scored[1:3]:
                if other_score >= threshold and score - other_score <= REVIEW_MARGIN:
                    self.links.append(
                        Link(mention.mention_id, other.commitment_id, round(other_score, 3), other_reasons, False))
            return chosen
        if mention.strength == "measured":
            mention.commitment_id = None  # `…60곳으로 늘었다` and no promise of it: a statistic
            return None
        figure = mention.target_value if mention.kind == "progress" else mention.figure[0]
        if mention.kind in ("progress", "achieved", "revision") and figure is None and mention.deadline is None and (
            mention.previous_deadline is None and mention.cue != LATE_DEED
        ):
            # "…가 출범했다" with nothing to track and no promise it answers: context, not a mention;
            # nor is a count reached (`820명이 배치됐다`) that measures no promise.
            mention.commitment_id = None
            return None
        created = _create(mention, lineage, self.keep_said)
        self.by_id[created.commitment_id] = created
        self.candidates.add(created, mention)
        self.links.append(Link(mention.mention_id, created.commitment_id, 1.0, "새 약속 (일치하는 기존 약속 없음)", True))
        return created

    def rebuild(self, commitment_id: str, mentions: list[Mention]) -> Commitment:
        """The commitment its mentions (in publication order) make, as offer() would have made it."""
        for m in mentions:  # start again from what each sentence says alone
            if m.extracted_kind:
                m.kind, m.extracted_kind = m.extracted_kind, None
        revisions: list[Revision] = []
        c = _create(mentions[0], self.lineage(mentions[0]))
        c.commitment_id = mentions[0].commitment_id = commitment_id  # ids never change once given
        for m in mentions[1:]:
            _restated(c, m)
            _join(c, m, revisions)
        self.by_id[commitment_id] = c
        self.revisions[commitment_id] = revisions
        return c

    def index_for(self, mentions: list[Mention], keys: set) -> None:
        """File the commitments of `mentions` (in order) as they would have been filed, but only
        under `keys`, the keys the new mentions will look up. A mention sharing no word, number,
        day or article with them files nothing, and is passed over without working out its keys.
        """
        self.candidates.only = keys
        values = {key[-1] for key in keys}
        for m in mentions:
            if m.commitment_id is None:
                continue
            if values.isdisjoint(m.keywords) and values.isdisjoint(m.numbers) and _own_number(m) not in values and (
                m.deadline not in values and m.previous_deadline not in values and m.article_id not in values
            ):
                continue
            self.candidates.add(self.by_id[m.commitment_id], m)

    def settled(self) -> tuple[list[Commitment], list[Revision]]:
        """Take out the commitments no later mention can join, with their revisions."""
        done = self.candidates.unreachable
        self.candidates.unreachable = []
        for c in done:
            del self.by_id[c.commitment_id]
        return done, [r for c in done for r in self.revisions.pop(c.commitment_id, ())]

    def result(self) -> tuple[list[Commitment], list[Link], list[Revision]]:
        revisions = [r for c in self.by_id.values() for r in self.revisions.get(c.commitment_id, ())]
        return list(self.by_id.values()), self.links, revisions


# How far a measured figure may lie from a promise's target and still measure it: a count early on
# its way (3.4만 of 620만 cars), a level still well above a ceiling promised (589 deaths against 100);
# not a balance of 3조 9,000억 원 against a 700억 원 promise.
MEASURED_RATIO = (0.005, 10.0)


def _measures(mention: Mention, c: Commitment) -> bool:
    """Can the measured figure of `mention` be how far promise `c` has got: in the promise's own kind
    of unit and, in the same unit, within MEASURED_RATIO of its target (MW against GW: the family
    is one, the scale is not compared)?"""
    value, unit = mention.figure
    if not (c.target_value and c.target_unit and unit and value is not None):
        return False
    if not same_unit_family(c.target_unit, unit):
        return False
    low, high = MEASURED_RATIO
    return unit != c.target_unit or low <= value / c.target_value <= high


def _restated(c: Commitment, mention: Mention) -> None:
    said_on = _mention_date(mention)
    if mention.kind == "new" and c.announced_at and said_on and said_on > c.announced_at:
        mention.extracted_kind = mention.extracted_kind or mention.kind
        if c.deadline and mention.deadline and c.deadline < said_on < mention.deadline:
            # promised again, for a later date, once the old one has passed: put off
            mention.kind = "delayed"
        else:
            mention.kind = "progress"  # a later article restating the promise: it is being carried forward
    elif mention.kind == "achieved" and said_on and _short_of_target(mention, c):
        # `V-Pass 교체는 6월 말까지 2,900척을 마쳤습니다` of a promise of 4,300: done so far, not done; short
        # of it after its date, late
        mention.extracted_kind = mention.extracted_kind or mention.kind
        mention.kind = "progress" if c.deadline is None or said_on <= c.deadline else "delayed"
    elif mention.kind == "delayed" and mention.cue in _SHORT_OF and mention.deadline is None and (
            mention.previous_deadline is None and c.deadline and said_on and said_on < min(c.deadlines, default=c.deadline)):
        # `신속 진단 장비 보건소 110곳에 그쳐` with the promise due next year: how far it has got, not late
        # (before every date it was given, not just the one its own article may have just moved it to)
        mention.extracted_kind = mention.extracted_kind or mention.kind
        mention.kind = "progress"


_SHORT_OF = SHORTFALL_WORDS | {"미치"}  # (`목표(1.5‰)에 아직 못 미칩니다`)
# deeds that say the promise was kept or finished late (`지켰다`, `달성`, `예고한 대로`, `…에야 마쳤다`, the
# rest done late), or started (`5만 원부터`): not a part of it done so far
_KEPT_CUES = {LATE_DEED, "지키", "달성", "예고한 대로", "에야", "부터"}
_NOT_COUNTS = ("ratio:", "money:")
_LOWERING = re.compile(r"줄이|줄인|줄여|줄었|낮추|낮춘|낮춰|감축|인하|이하|미만|이내|감소")
# a purpose (`화장 대기를 줄이려고 … 2,000기를 새로 짓겠다`, `감축을 위해`): why another figure is promised, not a ceiling;
# an intent with no other figure after it (`2,000명으로 줄이려 한다`, `줄이기 위해 노력하겠다`) is the ceiling itself
_PURPOSE = re.compile(r"(?:하)?(?:려고|고자|기\s*위)|(?:을|를)\s*위")


def _lowers(text: str | None) -> bool:
    """Does `text` promise a ceiling (`사망자를 1,500명 이하로 줄이겠다`), not lower something as the purpose of
    another figure?"""
    for word in _LOWERING.finditer(text or ""):
        if not (_PURPOSE.match(text, word.end()) and re.search(r"\d", text[word.end():])):
            return True
    return False
_SPANS = {unit_family(u) for u in ("년", "개월", "주", "일", "시간", "분", "초")}


def _short_of_target(mention: Mention, c: Commitment) -> bool:
    """Is the mention's figure a part of the promise's target, in its very unit, told by a deed that
    does not say the promise was kept? (The cue tells, not the sentence's verbs.)"""
    value, unit = mention.figure
    if value is None or not c.target_value or unit != c.target_unit or not unit:
        return False
    family = unit_family(unit)
    if family.startswith(_NOT_COUNTS) or family in _SPANS:
        return False  # (a rate cut `최대 52%` by 36.4% on one item, a price, a wait: no part of a count)
    if _lowers(c.summary) or _lowers(mention.phrase):
        return False  # `사망자를 1,500명 이하로 줄이겠다`: a ceiling, which a lower count meets
    return MEASURED_RATIO[0] <= value / c.target_value < 1 and mention.cue not in _KEPT_CUES and not (
        mention.cue and not mention.cue[0].isalnum())  # (a tracker's own grade, `[정상]`, `●`: its verdict stands)


@dataclass(frozen=True)
class _Probe:
    """What a mention brings to each comparison, worked out once rather than per candidate."""

    lineage: frozenset[str]
    words: frozenset[str]
    earlier_numbers: tuple[str, ...]  # the numbers it mentions besides its own target
    comparable: bool  # it has a figure (a target, or a count reached) with a unit
    # words in at least TOPIC_MENTIONS of its article's earlier mentions: what the article is about
    topic: frozenset[str] = frozenset()
    designators: frozenset[str] = frozenset()  # its numbered names (`4세`, `2단계`)
    # whether a commitment is another body's work than the one the mention's sentence names (_Linker.other_body)
    other_body: Callable[[Mention, "Commitment"], bool] = lambda mention, c: False

    @classmethod
    def of(cls, mention: Mention, lineage: frozenset[str], topic: frozenset[str] = frozenset(),
           other_body: Callable[[Mention, "Commitment"], bool] | None = None) -> "_Probe":
        own = _own_number(mention)
        return cls(
            other_body=other_body or cls.other_body,
            topic=topic,
            lineage=lineage,
            words=frozenset(mention.keywords),
            designators=frozenset(w for w in mention.keywords if (w[:1].isdigit() and DESIGNATOR_WORD.match(w))
                                  or _LETTERED.match(w)),
            earlier_numbers=tuple(n for n in mention.numbers if n != own),
            comparable=own is not None,
        )


def _score(
    mention: Mention, probe: _Probe, c: Commitment, weights: dict[str, float], explain: bool = False
) -> tuple[float, str]:
    """How likely `mention` reports on `c`, with the reasons in Korean for the 약속 상세 page.

    Key terms are weighted by rarity; the number and the deadline decide between commitments
    that share their words (GPU 1만 장 연내 vs GPU 3만 장 2026년까지). A different number only
    counts against a restatement; a revision or a progress report may carry another one.
    Runs for every candidate of every mention, so the common case stays cheap: reasons are
    only put into words when `explain` is set.
    """
    reasons: list[str] = []
    # `other` is no topic found, not another topic: it counts half as much against
    score = 0.0 if mention.category == c.category else (
        -OTHER_CATEGORY / 2 if "other" in (mention.category, c.category) else -OTHER_CATEGORY)
    if mention.ministry and c.ministry:
        if not probe.lineage.isdisjoint(c.lineage):
            score += 0.1
            reasons.append("같은 부처" if mention.ministry == c.ministry else "부처 승계")
        # Otherwise no penalty: budgets, cabinet meetings, committees and the presidential office
        # announce other ministries' promises, and the same promise is voiced by several bodies;
        # but a sentence that names its body (`통계청은 …`) beside a promise whose own sentence named
        # another (`공정위는 …`) is about another body's work unless much else is shared.
        elif probe.other_body(mention, c):
            score -= OTHER_BODY
            reasons.append("다른 부처")
    shared = probe.words.intersection(c.keywords)
    if shared and probe.topic and not mention.in_title and _only_in(c, mention.article_id):
        # Within one article, its topic (`UAM`, `상용`, `운항` in every sentence) does not tell its
        # promises apart; what they are of does (`버티포트`, `실증`).
        shared = shared - probe.topic
    if shared:
        # Absolute evidence: two rare shared terms (단통법·시행령) say more than five common ones.
        # fsum: a set's order changes from process to process (string hashing), and a plain sum
        # in another order can differ in the last bit and tip a decision at a threshold.
        get = weights.get
        evidence = math.fsum([get(w, 1.0) for w in shared])
        score += min(0.45, 0.06 * evidence)
        if mention.category != c.category and 0.06 * evidence >= 0.9:
            # words twice as telling as the most they can add: another topic's cue in the sentence
            # (`조직개편으로 … 넘겨받은 기후부는`) is its background, and counts half
            score += (OTHER_CATEGORY / 4 if "other" in (mention.category, c.category) else OTHER_CATEGORY / 2)
        if explain:
            reasons.append("공통어 " + "·".join(sorted(shared, key=lambda w: (-weights.get(w, 1.0), w))[:5]))
    if probe.designators and probe.designators.isdisjoint(c.keywords) and _named_otherwise(probe.designators, c):
        score -= NAMED_OTHERWISE  # `4세 무상 교육` is not the promise of `5세 무상 교육`
    same_target = False
    same_object = _same_object(mention.object, c.object)
    if same_object:
        score += 0.05
        reasons.append(f"대상 {c.object}")
    if mention.kind == "new" and mention.object and not same_object and (
            c.object is not None or mention.object not in _UNNAMING) and (
            mention.article_id not in c.recent_articles) and (
            mention.target_value is None or mention.target_value != c.target_value) and not any(
            len(w) >= 2 and w in mention.object for w in c.keywords):
        # a promise told again in another article counts the thing it counted, or names it; one that counts
        # another thing (`가입비 3만 건`) and shares only the words around it (`지원`, `절반`) and a date is
        # another promise
        score -= UNNAMED_THING
    if probe.comparable and c.target_unit and c.target_value is not None:
        kind = mention.kind
        value, unit = mention.figure
        if not same_unit_family(unit, c.target_unit):
            score -= 0.2
        elif value == c.target_value:
            same_target = True
            # a small count (`세 곳`, `2개`) is shared by many promises; `1만 장` by few, and so
            # is a measure (`9개월`, `3.5%`)
            rare = c.target_value >= 10 or not _counted(c.target_unit)
            score += 0.35 if rare and (same_object or shared) else 0.15
            reasons.append(f"같은 목표치 {c.target_value:,.0f}{c.target_unit}")
        elif kind == "new" or (kind == "progress" and mention.cue in UNCHANGED and mention.target_value is not None):
            score -= 0.3  # (a plan said to stand restates its figure: `5만 2,000장 목표를 그대로 유지`)
        elif kind in ("progress", "achieved") and c.target_value and 0.5 <= value / c.target_value <= 1.5:
            score += 0.2 if same_object else 0.1
            if mention.cue in MEASURED_AGAINST:
                score += 0.1  # `33만 4,000건을 차단해서 목표를 넘겼다`: set against a target, in reach of this one
            reasons.append(f"진척치 {value:,.0f}{unit}")
        elif kind == "revision" and same_object:
            score += 0.25
            reasons.append("목표치 변경")
    if probe.earlier_numbers:
        numbers = c.numbers
        for n in probe.earlier_numbers:
            if n in numbers:  # the sentence recalls a target this commitment had ("3만 장 목표를 5만 장으로")
                score += 0.2
                if mention.kind == "revision" and c.target_value is not None and c.target_unit and (
                    n == number_key(c.target_value, c.target_unit)
                ):
                    score += 0.1  # `목표를 5,000만 달러에서 7,000만 달러로 높였다`: changed from this very target
                    reasons.append("이 약속의 목표치에서 변경")
                reasons.append("이전 목표치 언급 " + n.split("|")[0])
                break
    previous = mention.previous_deadline
    if previous and previous in c.deadlines and previous != c.deadline:
        score += 0.15
        reasons.append(f"이전 기한 {previous.isoformat()} 언급")
    if mention.in_title and mention.article_id in c.recent_articles:
        score += 0.15  # the headline compresses what its own body says
        reasons.append("같은 기사 제목")
    if mention.person and mention.person == c.person:
        score += 0.05
        reasons.append(f"같은 인물 {c.person}")
    deadline = mention.deadline
    if deadline is None and mention.kind in ("delayed", "cancelled", "achieved"):
        deadline = previous  # `올해 안에 열겠다던 계획은 백지화됐다`: dated by the date it missed
    same_deadline = bool(deadline and deadline == c.deadline) and (
        mention.kind != "new" or _starts_then(mention.deadline_text) == _starts_then(c.deadline_text))
    if deadline and c.deadline:
        if same_deadline:
            score += 0.2
            reasons.append(f"같은 기한 {c.deadline.isoformat()}")
        elif deadline == c.deadline:
            pass  # `7월부터 지급` and `7월까지 마련`: one month, but a start and a deadline
        elif previous == c.deadline:
            score += 0.25
            reasons.append(f"이전 기한 {c.deadline.isoformat()} 일치")
        elif mention.kind == "new" and (deadline.year != c.deadline.year or (
            not mention.in_title and mention.article_id in c.recent_articles
        )):
            # A restatement keeps its deadline; another deadline is another promise, in the same
            # article above all (`재할당 여부는 6월까지`, `산정 기준은 올해 안에`); only its
            # headline may round a date off.
            score -= 0.2
        elif deadline.year == c.deadline.year:
            score += 0.1
            reasons.append(f"같은 해 기한 {c.deadline.year}")
    if same_target and same_deadline and mention.kind == "new" and mention.article_id in c.recent_articles:
        # `연구소기업을 2027년까지 3000개로 늘린다` … `"2027년까지 3000개를 채우겠다"`: the same body
        # telling its promise again repeats both its figure and its date, in other words
        score += 0.1
        reasons.append("같은 기사에서 목표치·기한 반복")
    # (a year's or a half's end is the date of most of a package's promises: `연내`, `하반기`)
    told_again = same_target or (
        same_deadline and (mention.deadline_precision not in ("year", "half") or mention.quoted)
        and (mention.quoted or mention.deadline_precision == c.deadline_precision))  # (`12월` is not `연내`)
    if mention.recurring and mention.kind == "new" and c.deadline and (said_on := _mention_date(mention)) and (
            c.deadline < said_on) and (mention.deadline > c.deadline if mention.deadline else said_on.year > c.deadline.year):
        # `소방청은 올해도 4,000명을 7월부터 배치한다` after last year's July has passed: this year's
        # edition of a recurring target, a promise of its own (not last year's put off)
        score -= 0.5
        if explain:
            reasons.append("새 기간의 같은 약속")
    if mention.kind == "new" and not mention.in_title and not told_again and _only_in(c, mention.article_id):
        # An article's body lists its promises one after another; one told again in the same body
        # repeats its figure or its date (`연내 1만 장` … `"1만 장을 들여오겠다"`), another does not.
        score -= 0.2
    elif mention.kind != "new" and _only_in(c, mention.article_id):
        # What became of a promise is news about an earlier one, not about one this article makes
        # (`지난해 1,140대 그쳐…올해는 2,500대 보급`).
        score -= 0.3
    return score, "; ".join(reasons) if explain else ""


def _same_object(one: str | None, other: str | None) -> bool:
    """Do two counted nouns name one thing: the same word, or one a word of the other's ending it (`체불액`
    of `임금체불액`), not two compounds that share only a head (`동물장묘시설`, `오수처리시설`) nor a word
    ending in another's letters (`학교` of `대학교`: what goes before is a word of two letters or more)?"""
    if not one or not other:
        return False
    short, long = sorted((one, other), key=len)
    return one == other or (len(short) >= 2 and long.endswith(short) and len(long) - len(short) >= 2)


# A lettered line or model (`GTX-C`, `KTX-A`), one of a series named by letter
_LETTERED = re.compile(r"^[A-Z0-9]{2,}-[A-Z]$")


def _named_otherwise(designators: frozenset[str], c: Commitment) -> bool:
    """Does `c` carry a numbered or lettered name of the same kind as one of `designators` (`5세` for
    `4세`, `GTX-B` for `GTX-C`)?"""
    kinds = {w.lstrip("0123456789") for w in designators if not _LETTERED.match(w)}
    series = {w[:-2] for w in designators if _LETTERED.match(w)}
    return any((w[:1].isdigit() and DESIGNATOR_WORD.match(w) and w.lstrip("0123456789") in kinds)
               or (_LETTERED.match(w) and w[:-2] in series) for w in c.keywords)


_MEASURES = ("ratio:", "si:", "money:", "unit:개월", "unit:일", "unit:분", "unit:년", "unit:주", "unit:시간")


def _starts_then(deadline_text: str | None) -> bool:
    """Does the date say when something starts (`7월부터`) rather than when it is due (`7월까지`)?"""
    return bool(deadline_text) and deadline_text.rstrip().endswith("부터")


def _counted(unit: str) -> bool:
    """Is the unit a counter of things (`곳`, `명`, `척`), not a measure (`개월`, `%`, `톤`, `원`)?"""
    return not unit_family(unit).startswith(_MEASURES)


def _only_in(c: Commitment, article_id: str | None) -> bool:
    """Has `c` been reported only in this article so far? (A stored commitment an incremental
    build loads has no `recent_articles`, and no stored mention is in a new article.)"""
    recent = c.recent_articles
    return bool(recent) and recent[0] == article_id and recent.count(article_id) == len(recent)


def _own_number(mention: Mention) -> str | None:
    value, unit = mention.figure
    if value is None or unit is None:
        return None
    return number_key(value, unit)


def _create(mention: Mention, lineage: frozenset[str], keep_said: bool = True) -> Commitment:
    c = Commitment(
        commitment_id=commitment_id_for(mention),
        ministry=mention.ministry,
        person=mention.person,
        category=mention.category,
        summary=summarise(mention),
        object=mention.object,
        target_value=mention.figure[0],
        target_unit=mention.figure[1],
        deadline=mention.deadline,
        deadline_text=mention.deadline_text,
        deadline_precision=mention.deadline_precision,
        previous_deadline=mention.previous_deadline,
        announced_at=_mention_date(mention),
        first_mention_id=mention.mention_id,
        source_sentence=mention.sentence,
        keywords=tuple(dict.fromkeys(mention.keywords)),
        lineage=lineage,
        mentions=[] if keep_said else None,
    )
    _remember(c, mention)
    mention.commitment_id = c.commitment_id
    return c


def _remember(c: Commitment, mention: Mention) -> None:
    """What every mention leaves a commitment, whatever it says: its target, deadlines, article."""
    if (number := _own_number(mention)) is not None and mention.strength != "measured":
        # (a statistic's level is no figure the promise was given: it would crowd out the ones that were)
        if number not in c.numbers and len(c.numbers) < REMEMBERED:
            c.numbers += (number,)
    for day in (mention.deadline, mention.previous_deadline):
        if day and day not in c.deadlines and len(c.deadlines) < REMEMBERED:
            c.deadlines += (day,)
    c.recent_articles = (*c.recent_articles[1 - HEADLINE_LOOKBACK:], mention.article_id)
    if c.mentions is not None:
        c.mentions.append(Said(mention.published_at, mention.kind, mention.mention_id, mention.deadline,
                               mention.article_id))


def _join(c: Commitment, mention: Mention, revisions: list[Revision]) -> None:
    _remember(c, mention)
    mention.commitment_id = c.commitment_id
    if mention.kind in ("new", "revision"):
        # Only what restates or redefines the promise describes it; a progress report's words
        # (bidders, budgets, calls) would let a long chain swallow its neighbours.
        c.keywords += tuple(w for w in dict.fromkeys(mention.keywords) if w not in c.keywords)
    c.ministry = c.ministry or mention.ministry
    c.person = c.person or mention.person
    c.object = c.object or mention.object
    if mention.kind in ("revision", "delayed") and (mention.deadline or mention.target_value is not None):
        changed = False
        if mention.deadline and mention.deadline != c.deadline:
            c.previous_deadline = mention.previous_deadline or c.deadline
            c.deadline = mention.deadline
            c.deadline_text, c.deadline_precision = mention.deadline_text, mention.deadline_precision
            changed = True
        if (
            mention.kind == "revision" and mention.target_value is not None and mention.target_unit
            and (c.target_unit is None or same_unit_family(mention.target_unit, c.target_unit))
            and mention.target_value != c.target_value
        ):
            c.target_value, c.target_unit = mention.target_value, mention.target_unit
            changed = True
        if changed:
            revisions.append(Revision(
                c.commitment_id, mention.mention_id, _mention_date(mention), c.target_value, c.target_unit,
                c.deadline, c.previous_deadline, c.deadline_text,
            ))
    if mention.kind in ("progress", "achieved", "delayed") and c.target_value:
        # how far it got: the count reached (`1,870곳에 그쳐`, `1,380명으로 다가섰다`), else a progress
        # report's own figure
        value, unit = ((mention.reported_value, mention.reported_unit) if mention.reported_value is not None
                       else mention.figure if mention.kind != "delayed" else (None, None))
        if value is not None and unit and c.target_unit and same_unit_family(unit, c.target_unit) and value < c.target_value:
            c.progress_value = value
    if c.deadline is None and mention.deadline is not None:
        c.deadline, c.deadline_text, c.deadline_precision = mention.deadline, mention.deadline_text, mention.deadline_precision
    if c.target_value is None and mention.figure[0] is not None:
        c.target_value, c.target_unit = mention.figure


def summarise(mention: Mention) -> str:
    """A short phrase for lists: the promise in the first article's own words (see extract)."""
    return summary_of(mention.phrase, mention.sentence)


def summary_of(phrase: str | None, sentence: str) -> str:
    return phrase or sentence[:60]
