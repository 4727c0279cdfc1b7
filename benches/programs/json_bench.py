# json: dumps and loads of a generated nested document of a few MB, compact and indented.
import json


def make_doc(n):
    doc = {"version": 3, "title": "Benchmark \u00e9t\u00e9 \u2603", "items": []}
    for i in range(n):
        doc["items"].append({
            "id": i,
            "name": "item-%d" % i,
            "price": i * 0.25 + 0.1,
            "tags": ["t%d" % (i % 7), "group %d" % (i % 13), "quote \" and \\ slash"],
            "active": i % 3 == 0,
            "parent": None if i % 5 else i // 5,
            "dims": {"w": i % 17, "h": i % 19, "d": [i, -i, i * i]},
            "note": "line\nbreak\tand unicode \u00fc\u4e2d" if i % 4 == 0 else "",
        })
    return doc


def main():
    doc = make_doc(9000)
    compact = json.dumps(doc)
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    utf = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    print(len(compact), len(pretty), len(utf))
    total = 0
    for text in (compact, pretty, utf):
        back = json.loads(text)
        assert back == doc
        total += len(back["items"])
    print(total, back["items"][1234]["name"], back["items"][-1]["dims"]["d"])


main()
