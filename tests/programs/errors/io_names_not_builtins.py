# The io classes are reached through io, not as builtins.
import io

print(io.StringIO("x").read(), io.BytesIO(b"y").read(), io.IOBase.__name__, io.TextIOBase.__name__)
for name in ["StringIO", "BytesIO", "_IOBase", "_RawIOBase", "_BufferedIOBase", "_TextIOBase", "FileIO"]:
    print(name, name in dir(__builtins__))
StringIO()
