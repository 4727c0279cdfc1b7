# String literal forms: quotes, prefixes, triple quotes, raw strings.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'", '''a 'b' "c"''', """x ''' y""")
print(r'raw \n stays', R"raw \t too", r'\'', r"\\", r'a\
b')
print(u'unicode prefix', U"upper U")
print('', "", '''''', """""", len(''''''))
print("""line one
line two
  indented line""")
print('''ends with quote"''', """ends with quote'""")
print("continued \
line")
print('''\
no leading newline''')
print(repr('a\'b"c'), repr("a'b"), repr('a"b'), repr("a'b\"c"))
print(type('').__name__, 'abc' == "abc" == '''abc''' == r'abc')
