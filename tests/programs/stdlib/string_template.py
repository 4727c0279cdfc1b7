from string import Template

t = Template('$who likes $what; ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.get_identifiers(), t.is_valid(), t.template)
for tpl, kw in [('$x and $y', {'x': 1}), ('bad $', {}), ('bad ${', {}), ('$1abc', {}),
                ('line\nthen $ here', {}), ('${x', {'x': 1}), ('${x}', {'x': 2})]:
    try:
        print(repr(Template(tpl).substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(tpl).safe_substitute(**kw)), Template(tpl).is_valid(), Template(tpl).get_identifiers())

class Percent(Template):
    delimiter = '%'

print(Percent('%name is %% here, %{name}!').substitute(name='X'))

class Dotted(Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'

print(Dotted('$a.b and $c').substitute({'a.b': 1, 'c': 2}))

class Braced(Template):
    braceidpattern = r'[A-Z ]+'

print(Braced('${HELLO WORLD} $lower').substitute({'HELLO WORLD': 'hi', 'lower': 'lo'}))

class Custom(Template):
    pattern = r'''
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>[A-Z]+)\] |
      (?P<invalid>)
    )'''

print(Custom('[[ [abc] [DEF]').substitute(abc=1, DEF=2), Custom.pattern.pattern.strip()[:10])
print(Template.delimiter, Template.idpattern, Template.flags, Template.braceidpattern)
print(Template.pattern.groupindex['named'], type(Template.pattern).__name__)
print(Template('$a$b').substitute(a=[1], b=(2,)), Template('$$$a').substitute(a='!'))
try:
    Template('$a').substitute({'a': 1}, {'b': 2})
except TypeError as e:
    print('TypeError', e)
