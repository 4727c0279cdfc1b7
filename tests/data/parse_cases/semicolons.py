def f(): x = 1; return x;
class C: pass;
if x: a; b;
