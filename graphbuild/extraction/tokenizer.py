"""Tokenizer for scraped Arabic news: splits punctuation glued to words ('الأمريكي،وقال'),
digits glued to letters ('24كشف') and the tanween-alef that ends a glued link label
('أيضاًوقال'). White space other than one plain space becomes a token of its own, so
`doc.text` is the article as read and `token.idx` is an offset into it. Each token's `norm_` is
its matching form; the text itself is untouched.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from graphbuild.normalize import BoundedMemo, norm

def token_pattern(script: dict, glued: bool = True) -> re.Pattern:
    """The token pattern over the script's letter and mark ranges (graphbuild/data/grammar.json),
    and a run of white space: every other character is a token of its own, so what lies between
    two tokens is white space. Without `glued`, the pattern for a text where no tanween-alef is
    glued to a letter: trying that split at every word is a third of the pattern's time."""
    letter, mark = script["letters"], script["marks"]
    tanween_alef = "|".join(script["tanween_alef"])
    split = rf"(?:[{letter}][{letter}{mark}]*?(?:{tanween_alef})(?=[{letter}]))|" if glued else ""
    return re.compile(
        split +                                                            # 'أيضاً' glued to the next word
        rf"(?:[{letter}][{letter}{mark}]*)"
        r"|(?:[A-Za-z][A-Za-z.\-]*[A-Za-z]|[A-Za-z])"
        r"|(?:[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
        r"|(?:[^\s])"
        r"|\s+"
    )


# doc.user_data key of the text as read: doc.text joins the text of every token, one Token
# object a word, and is the same string
TEXT_KEY = "graphbuild_text"


class NewsTokenizer:
    def __init__(self, vocab, script: dict):
        self.vocab = vocab
        # a token, and the one plain space after it when a token follows: that space is the
        # token's trailing space; other white space (at the start and end of the text too) is a
        # token of its own. One string a match: a group for the space would cost a tuple a token
        self.pattern, self.plain = (re.compile(f"(?:{token_pattern(script, glued).pattern})(?: (?=\\S))?")
                                    for glued in (True, False))
        # the texts where a tanween-alef may be glued to the next word: the others are read without
        # the split. A pattern for each spelling, which starts with it: a search for a literal start
        # is quicker than one that tries an alternation at every alef
        self.glued = tuple(re.compile(f"{spelling}[{script['letters']}]") for spelling in script["tanween_alef"])
        # match -> its word's lexeme id and whether the plain space follows: the Doc takes the ids
        # without hashing each word again
        self._tokens = BoundedMemo(self._token, 200_000)

    def _token(self, match: str) -> tuple[int, bool]:
        """A match's lexeme id and trailing space: only white space is a match of white space,
        and no word ends in one."""
        spaced = match[-1] == " " and not match.isspace()
        return self._lexeme(match[:-1] if spaced else match), spaced

    def _lexeme(self, word: str) -> int:
        """A word's lexeme id; the lexeme is given the word's norm, so every token of it has it (a
        line break for white space holding one). An empty norm (a lone diacritic) leaves the
        lexeme its own, as before: a token's norm of 0 falls back to it."""
        lexeme = self.vocab[word]
        value = "\n" if word.isspace() and "\n" in word else norm(word)
        if value:
            lexeme.norm_ = value
        return lexeme.orth

    def __call__(self, text: str) -> Doc:
        glued = any(pattern.search(text) for pattern in self.glued)
        matches = (self.pattern if glued else self.plain).findall(text)
        words, spaces = zip(*map(self._tokens.__getitem__, matches)) if matches else ((), ())
        return Doc(self.vocab, words=words, spaces=spaces, user_data={TEXT_KEY: text})
