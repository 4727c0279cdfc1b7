"""Wrapping and filling of paragraphs (TextWrapper, wrap, fill, shorten), and removing or
adding indentation (dedent, indent)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in "_!\"'&.,?"


def _is_sentence_end(chunk):
    """Whether chunk ends a sentence: a lowercase ASCII letter, then . ! or ?, then maybe a
    quote."""
    if chunk[-1:] in ("'", '"'):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Wraps paragraphs to a width; the attributes set in the constructor control how."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate({ord(c): " " for c in _whitespace})
        return text

    def _split(self, text):
        if not self.break_on_hyphens:
            return _split_simple(text)
        return _split_hyphens(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                h = chunk.rfind("-", 0, room)
                if h > 0 and chunk[:h].strip("-"):
                    cut = h + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            size = 0
            while pending and size + len(pending[-1]) <= width:
                size += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, size, width)
                size = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            last_fits = (not pending or self.drop_whitespace and len(pending) == 1
                         and not pending[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or \
                    last_fits and size <= width:
                lines.append(indent + "".join(line))
                continue
            self._end_with_placeholder(lines, line, size, width, indent)
            break
        return lines

    def _end_with_placeholder(self, lines, line, size, width, indent):
        while line:
            if line[-1].strip() and size + len(self.placeholder) <= width:
                lines.append(indent + "".join(line) + self.placeholder)
                return
            size -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _split_simple(text):
    """Runs of whitespace and runs of anything else."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        ws = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_hyphens(text):
    """Runs of whitespace, em-dashes (two or more hyphens between words) and words, a word
    being cut after a hyphen that joins letters."""
    n = len(text)

    def letter(k):
        return 0 <= k < n and _is_letter(text[k])

    def dash_follows(k):
        j = k
        while j < n and text[j] == "-":
            j += 1
        return j - k >= 2 and j < n and _is_word(text[j])

    chunks = []
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if text[i] == "-" and i > 0 and _is_word_punct(text[i - 1]) and dash_follows(i):
            j = i
            while text[j] == "-":
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        k = i + 1
        while True:
            if k < n and text[k] == "-" \
                    and (letter(k - 2) and letter(k - 1)
                         or letter(k - 3) and text[k - 2] == "-" and letter(k - 1)) \
                    and letter(k + 1) \
                    and (letter(k + 2) or k + 2 < n and text[k + 2] == "-" and letter(k + 3)):
                k += 1
                break
            if k >= n or text[k] in _whitespace:
                break
            if _is_word_punct(text[k - 1]) and dash_follows(k):
                break
            k += 1
        chunks.append(text[i:k])
        i = k
    return chunks


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """The text wrapped to width, as one string of lines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """The text with its whitespace collapsed, cut to fit width with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """The text with the indentation common to all its lines removed (lines of only blanks
    count as empty)."""
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            lines[i] = ""
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """The text with prefix before each line for which predicate is true (by default, each
    line that is not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return "".join(out)
