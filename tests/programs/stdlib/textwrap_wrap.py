import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump? Sphinx of black quartz, judge my vow.")
for w in [10, 15, 20, 33, 50, 80]:
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('a', 1), textwrap.fill('', 5) == '')
hy = 'A well-known self-contained state-of-the-art e-mail look-up re-enter x-ray pre--post ab-cd-ef-gh'
for w in [5, 8, 10, 12, 16, 25]:
    print(w, textwrap.wrap(hy, w))
    print(w, textwrap.wrap(hy, w, break_on_hyphens=False))
dash = 'this is--a test of em--dashes---and more-- dashes --here ----x and a--b'
for w in [6, 10, 14]:
    print(w, textwrap.wrap(dash, w))
long = 'short supercalifragilisticexpialidocious word anotherverylongwordhere x'
for w in [5, 10, 12]:
    print(w, textwrap.wrap(long, w))
    print(w, textwrap.wrap(long, w, break_long_words=False))
print(textwrap.wrap('abc-defghijklmnop-qrstuvwxyz', 10), textwrap.wrap('-----abcdefghij', 6))
print(textwrap.wrap('----------', 4), textwrap.wrap('a-b-c-d-e-f-g', 3), textwrap.wrap('co-op re-do 12-34 a1-b2', 5))
tabs = 'a\tb\tc\td\n\te\tf  g\x0bh\x0ci\rj'
print(textwrap.wrap(tabs, 12), textwrap.wrap(tabs, 12, expand_tabs=False), textwrap.wrap(tabs, 12, tabsize=4))
print(textwrap.wrap(tabs, 12, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap('  lead and trail  ', 6), textwrap.wrap('  lead and trail  ', 6, drop_whitespace=False))
print(textwrap.wrap('one.  two. "three." four! five? six', 12, fix_sentence_endings=True))
print(textwrap.fill('Mr. Smith went.  Dr. Who? Yes. "Ok." End', 15, fix_sentence_endings=True))
print(textwrap.wrap('héllo wörld ünïcode ñ-ñ-ñ-ñ test_under__score', 7))
