# Python 3: str indexing and slicing count code points, including non-ASCII text
s = "héllo wörld ñ €"
print(len(s), s[1], s[7], s[-1], s[1:5], s[::-1], s[::2])
print(s.upper(), s.title(), s.find("ö"), s.index("€"), s.count("l"))
e = "日本語テキスト"
print(len(e), e[0], e[2:4], e[-2:], list(e[:3]))
print(ord("é"), chr(233), ord("€"), chr(8364), chr(0x65e5), ord("日"))
print("ß".upper(), "ÀÉÎ".lower(), "é" in s, "e" in "é")
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("nl\n"), repr("\x00"))
print(repr("é€"), ascii("é€") if True else "")
for ch in "aé€":
    print(ch, end="|")
print()
try:
    s[100]
except IndexError as e:
    print("IndexError", e)
