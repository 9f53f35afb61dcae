"""In-article resolution: surnames join the full name, descriptions ('الحركة', 'الموقع',
'المبعوث الأميركي') and possessives ('بلاده') point back to an earlier actor, and titles with no
name and no antecedent become unnamed officials of their body.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from functools import cache
from importlib import resources

from graphbuild.extraction.mentions import Mention, Ref, _surface, ref_of
from graphbuild.lexicon import Lexicon
from graphbuild.normalize import norm, norm_phrase, proclitic_variants


@cache
def _descriptions():
    data = json.loads(resources.files("graphbuild.data").joinpath("descriptions.json").read_text(encoding="utf-8"))
    heads = {tuple(norm_phrase(k).split()): (norm(v["head"]) if v["head"] else None, tuple(v["types"]))
             for k, v in data["heads"].items()}
    return heads, frozenset(norm(w) for w in data["speaker_country"])


def add_surname_mentions(doc, mentions: list[Mention], sentences) -> list[Mention]:
    """A later 'فيدان' or 'مرداوي' alone is the person named in full earlier in the article."""
    surnames: dict[str, Ref] = {}
    for m in mentions:
        if m.ref is not None and m.ref.type == "PERSON" and not m.ref.unnamed and m.kind == "person":
            last = norm(m.ref.name.split()[-1]) if m.ref.name.split() else ""
            if len(last) >= 3 and not last.startswith("ال"):
                surnames.setdefault(last, m.ref)
    if not surnames:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for s_start, s_end in sentences:
        for i in range(s_start, s_end):
            if i in taken:
                continue
            hit = next((surnames[v] for v in proclitic_variants(doc[i].norm_) if v in surnames), None)
            if hit:
                added.append(Mention(i, i + 1, hit, "person", text=_surface(doc, i, i + 1)))
    return sorted(mentions + added, key=lambda m: m.start)


def find_descriptions(doc, mentions: list[Mention], sentences) -> list[Mention]:
    heads, _ = _descriptions()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    keys = [t.norm_ for t in doc]
    added = []
    for s_start, s_end in sentences:
        i = s_start
        while i < s_end:
            if i in taken:
                i += 1
                continue
            best = None
            for phrase, value in heads.items():
                n = len(phrase)
                if phrase[0] in proclitic_variants(keys[i]) and tuple(keys[i + 1:i + n]) == phrase[1:]:
                    if best is None or n > best[0]:
                        best = (n, value)
            if best:
                head, types = best[1]
                added.append(Mention(i, i + best[0], None, "desc", text=_surface(doc, i, i + best[0]),
                                     desc_head=head, extra={"types": types}))
                i += best[0]
                continue
            i += 1
    return sorted(mentions + added, key=lambda m: m.start)


def resolve_descriptions(mentions: list[Mention], lx: Lexicon, sentences) -> list[Mention]:
    """Link each description to the latest earlier mention that fits it, else to the holder of
    its office on the article's date; drop those that fit none."""
    out: list[Mention] = []
    seen: list[Ref] = []
    last_role = None            # the office of the last person named with a title
    starts = [s.start for s in sentences]
    for m in mentions:
        if m.kind == "desc":
            ref = _antecedent(m, seen)
            if ref is None and m.role and not m.extra.get("indefinite"):
                day = sentences[bisect_right(starts, m.start) - 1].published if sentences else None
                ref = _office_holder(m, last_role, lx, day)
            if ref is None and m.role and m.extra.get("affiliation") and m.extra.get("speaks_for"):
                aff = lx.entity(m.extra["affiliation"])
                ref = Ref(id=f"unnamed_{aff.id}_official", name=f"unnamed {aff.name} official", type="PERSON",
                          country=aff.country, affiliation=aff.id, speaks_for=True, unnamed=True)
                m.actor = m.extra.get("aff_actor")
            elif ref is None and m.role and m.extra.get("indefinite") and m.extra.get("country"):
                # 'مسؤول أمريكي': an indefinite title is somebody the text does not name
                country = lx.entity(m.extra["country"])
                ref = Ref(id=f"unnamed_{country.id}_official", name=f"unnamed {country.name} official",
                          type="PERSON", country=country.id, speaks_for=True, unnamed=True)
                m.actor = ref_of(country)
            if ref is None:
                continue
            m.ref = ref
        if m.ref is not None:
            seen.append(m.ref)
            if m.role and m.role != "counterpart" and m.ref.type == "PERSON" and not m.ref.unnamed:
                last_role = m.role
        out.append(m)
    return out


def _office_holder(m: Mention, last_role: str | None, lx: Lexicon, day) -> Ref | None:
    """'الرئيس الأمريكي' with nobody named before: whoever held the office that day. A
    counterpart ('نظيره الأمريكي') holds the office of the last person named with a title."""
    role = last_role if m.role == "counterpart" else m.role
    body = m.extra.get("country") or m.extra.get("affiliation")
    if day is None or role is None or body is None:
        return None
    holder = lx.office_holder(role, body, day)
    return ref_of(holder) if holder else None


def _antecedent(m: Mention, seen: list[Ref]) -> Ref | None:
    for ref in reversed(seen):
        if m.role:
            if ref.type == "PERSON" and not ref.unnamed and m.role in ref.roles and ref.id != m.extra.get("of") \
                    and (not m.extra.get("country") or ref.country == m.extra["country"]):
                return ref
            continue
        types = m.extra.get("types", ())
        if ref.type in types and (m.desc_head is None or ref.head == m.desc_head):
            return ref
    return None


def speaker_country_words() -> frozenset[str]:
    return _descriptions()[1]
