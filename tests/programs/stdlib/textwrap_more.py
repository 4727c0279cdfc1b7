import textwrap

text = 'Hello there, how are you doing this fine morning? I hope all is well with you.'
for n in [1, 2, 3]:
    for w in [12, 20, 30]:
        print(n, w, textwrap.wrap(text, w, max_lines=n))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 15, max_lines=2, placeholder=' ~~~~~~~~~'))
print(textwrap.wrap('aaaaaaaaaaaaaaaaaaaaa bb', 10, max_lines=2))
print(textwrap.wrap('one two three', 13, max_lines=1), textwrap.wrap('one two three ', 13, max_lines=1))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'), textwrap.shorten('  a   b  c  ', 100))
print(textwrap.shorten('The quick brown fox jumps over the lazy dog', 25))
for bad in [lambda: textwrap.wrap('x', 0), lambda: textwrap.wrap('x', -1),
            lambda: textwrap.shorten('hello world', 3), lambda: textwrap.wrap('a b', 4, max_lines=1, placeholder='  [.....]'),
            lambda: textwrap.wrap('a b', 5, max_lines=2, subsequent_indent='    ', placeholder='xx')]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
print(repr(textwrap.dedent('    a\n      b\n    c\n')), repr(textwrap.dedent('  a\n\tb\n')))
print(repr(textwrap.dedent('\ta\n\t\tb\n   \n\tc')), repr(textwrap.dedent('  x\n  \n y')), repr(textwrap.dedent('')))
print(repr(textwrap.dedent('no indent\n  here')), repr(textwrap.dedent('   \t \n  a\n  b  \n')))
print(repr(textwrap.dedent('  \ta\n  \tb\n  c')), repr(textwrap.dedent('    x\r\n    y\r\n')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\r\n \r\nb', '+')))
print(repr(textwrap.indent('a\nbb\nccc', '-', lambda line: len(line) > 2)), repr(textwrap.indent('', 'x')))
w = textwrap.TextWrapper(width=12, initial_indent='>>', subsequent_indent='..', break_long_words=False)
print(w.wrap('a bb ccc dddd eeeee ffffffffffffffffff g'), w.width, w.placeholder, w.max_lines, w.tabsize)
w.width = 6
print(w.fill('a bb ccc dddd'))
w2 = textwrap.TextWrapper()
print(w2.width, w2.expand_tabs, w2.replace_whitespace, w2.drop_whitespace, w2.fix_sentence_endings, w2.break_on_hyphens)
print(textwrap.fill('a ' * 50, width=20, initial_indent='    '))
print(textwrap.wrap('x' * 25, 10, initial_indent='12345678901'), textwrap.wrap('abc def', 3, initial_indent='>>>'))
print(sorted(textwrap.__all__))
