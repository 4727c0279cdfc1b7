# Statement forms that do nothing, and statements separated by semicolons.
pass; pass
x = 1; y = 2; print(x + y)
if x: pass
elif y: pass
else: pass
for _ in (): pass
else: print("for else on one line")
while 0: pass
else: print("while else on one line")
try: pass
except: pass
else: print("try else on one line")
finally: print("finally on one line")
class Empty: pass
def noop(): pass
print(Empty.__name__, noop())
match x:
    case 1: print("match case on one line")
