# Warnings of compile() at run time go through the warnings filters; an error filter makes them SyntaxErrors.
import warnings
code = "x = 1\nif x is 1:\n    pass\ny = '\\d'\n"
for i in range(2):
    compile(code, "snippet.py", "exec")
warnings.simplefilter("ignore")
compile(code, "snippet.py", "exec")
warnings.simplefilter("error")
try:
    compile(code, "snippet.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e)
except SyntaxWarning as e:
    print("SyntaxWarning", e)
raise SystemExit(2)
