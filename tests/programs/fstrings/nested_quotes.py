# PEP 701 (3.12): reusing the same quotes inside replacement fields, and nesting.
songs = ["Take me back", "Beautiful", "Blue"]
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{f"{f"{f"{f"{1+1}"}"}"}"}"}")
d = {"key": "value"}
print(f"{d["key"]}", f'{d['key']}')
print(f"{"\n".join(["a", "b"])}")
print(f"{'\\'}", f"{"\t".join("xy")}")
print(f"{  # a comment inside the field
    len(songs)
}")
print(f"{songs
[0]}")
print(f"result: {
    sum(
        [1, 2, 3]
    )
}")
print(f"{"nested {} braces"}", f"{'{'}{'}'}")
