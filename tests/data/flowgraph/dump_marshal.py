"""Write marshal.dumps(compile(source, path, 'exec')) for every standard-library module.

Usage: python3.12 dump_marshal.py OUT DIR
OUT receives, per file that compiles, a line `<path> <length>` followed by that many bytes of
marshal data and a newline. tests/flowgraph_cpython.rs compares the code objects pyrs compiles
with these, every field included (localsplus kinds too, which Python does not expose).
"""

import marshal
import os
import sys
import warnings


def main():
    warnings.simplefilter("ignore")
    out_path, root = sys.argv[1], sys.argv[2]
    n = 0
    with open(out_path, "wb") as out:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
            for f in sorted(filenames):
                if not f.endswith(".py"):
                    continue
                path = os.path.join(dirpath, f)
                with open(path, "rb") as fh:
                    source = fh.read()
                try:
                    code = compile(source, path, "exec", dont_inherit=True)
                except (SyntaxError, ValueError, RecursionError, MemoryError):
                    continue
                data = marshal.dumps(code)
                out.write(b"%s %d\n" % (path.encode("utf-8", "surrogateescape"), len(data)))
                out.write(data)
                out.write(b"\n")
                n += 1
    print("files %d" % n)


if __name__ == "__main__":
    main()
