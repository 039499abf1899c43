import json

data = {"a": [1, 2.5, None, True, False], "b": {"c": "é\n\"\\"}, 3: "x", None: 1, 1.5: 2, True: 0}
print(json.dumps(data))
print(json.dumps({"b": 1, "a": [1, {}], "c": []}, indent=2, sort_keys=True))
print(json.dumps([1, [2, {"k": "v"}]], indent="\t"))
print(json.dumps([1, {"a": 2}], separators=(",", ":")), json.dumps({"a": []}, indent=0))
print(json.dumps("é😀\x01\x7f/"), json.dumps("é😀", ensure_ascii=False))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps((1, 2)), json.dumps(1e100))
print(json.dumps(10 ** 30), json.dumps(-0.0), json.dumps(0.1), json.dumps([]), json.dumps({}), json.dumps(""))
print(json.dumps({"z": 1, "a": 2}, sort_keys=True), json.dumps({2: "b", 1: "a"}, sort_keys=True))
print(json.dumps({1, 2} and sorted({1, 2})), json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
print(json.dumps({1, 2}, default=sorted))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps({1, 2}), lambda: json.dumps(float("nan"), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)

text = '{"name": "spindle", "nums": [1, 2.5, -3e2, 12345678901234567890], "ok": true, "none": null, "s": "\\u00e9\\n\\ud83d\\ude00"}'
obj = json.loads(text)
print(obj, type(obj["nums"][3]).__name__)
print(json.loads("[]"), json.loads(" 7 "), json.loads('"x"'), json.loads("NaN"), json.loads("-Infinity"), json.loads(b"[1]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"p": {"x": 1}}', object_hook=lambda d: sorted(d.items())))
for bad in ["", "[1,]", '{"a":1,}', '{"a" 1}', "[1 2]", '"abc', "[1]x", "\n\n  [tru]", '"\\q"', "{1:2}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
round_trip = {"list": [1, 2, {"x": None}], "text": "tab\there", "num": -1.25}
print(json.loads(json.dumps(round_trip)) == round_trip)

import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)
print(json.dumps([Point(1, 2)], cls=PointEncoder))
print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder, indent=2, sort_keys=True))
print(PointEncoder().encode(Point(5, 6)))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
